"""`csec check --language CODE`: a translation has every file of the original, the same structure, and its own
words.

A content file's translation (content/languages/CODE/) keeps every key, list
and identifier of the original (what its schema gives a `pattern` or an
`enum`: ids, audiences, a notebook's path) and changes every text, except a
name or a number. A notebook's translation (notebooks/CODE/) keeps the
original's cells, their kinds, their metadata and every code cell as it is,
and changes the words of each markdown cell. The UI's catalog for the
language (csec/locale/) translates every message.
"""

import re
from pathlib import Path

from babel.messages.pofile import read_po

from csec.content import line_of, load_schema, parse_yaml
from csec.errors import ContentProblem
from csec.i18n import CATALOGS, DOMAIN
from csec.kinds import content_kinds
from csec.notebooks import read_notebook
from csec.settings import Settings

MIN_SENTENCE_WORDS = 4  # shorter ones may be a name, a title or a number, the same in both languages
PLACEHOLDER = re.compile(r"{\w+}")
PUNCTUATION = "\"'“”‘’«»¿¡()[],.;:!?"


def translation_problems(settings: Settings) -> list[ContentProblem]:
    """Everything missing or left untranslated in ``settings.language``'s translation."""
    files = [("curriculum.yaml", "curriculum"), *((kind.file, kind.schema) for kind in content_kinds().values())]
    problems = []
    for name, schema in files:
        problems += file_problems(settings, settings.content_dir / name, load_schema(schema))
    for session in settings_sessions(settings):
        problems += notebook_problems(settings, settings.root / session["notebook"])
    for locale in sorted((settings.content_dir / "resources").glob("*.yaml")):
        problems += resource_words_problems(settings, locale)
    return problems + catalog_problems(settings.language)


def resource_words_problems(settings: Settings, original: Path) -> list[ContentProblem]:
    """The help resources' words (content/languages/CODE/resources/LOCALE.yaml) name every resource of the
    locale's file, translate its name, purpose, what happens and the labels of its contacts, say how it serves
    people in the language and from which source; numbers and addresses stay in the locale's file alone."""
    translation = settings.translated(original)
    if translation == original:
        wanted = settings.content_dir / "languages" / settings.language / "resources" / original.name
        return [ContentProblem(wanted, f"the help resources of {original.name} are not translated into "
                                       f"{settings.language!r} yet",
                               fix="write each resource's name, purpose, what_happens, language_access and "
                                   "language_source here, by id (never its numbers)")]
    english = parse_yaml(original.read_text("utf-8"))[1]
    node, words = parse_yaml(translation.read_text("utf-8"))
    said = {entry.get("id"): (index, entry) for index, entry in enumerate(words.get("resources") or [])}
    sources = {source["id"] for source in parse_yaml((settings.content_dir / "sources.yaml").read_text("utf-8"))[1]
               ["sources"]}
    problems = []
    for resource in english["resources"]:
        if resource["id"] not in said:
            problems.append(ContentProblem(translation, f"help resource {resource['id']!r} has no words here",
                                           fix="add its name, purpose, what_happens, language_access and "
                                               "language_source"))
            continue
        index, entry = said[resource["id"]]
        where = ["resources", index]
        for key in ("name", "purpose", "what_happens", "hours"):
            if key in resource and entry.get(key) == resource[key] and not name_or_number(resource[key]):
                problems.append(ContentProblem(translation, f"{resource['id']}.{key} is left in the original: "
                                               f"{shortened(resource[key])!r}", location=line_of(node, where + [key]),
                                               fix="translate it"))
        for contact in resource["contacts"]:
            label = contact.get("label")
            if label and not name_or_number(label) and label not in entry.get("labels", {}):
                problems.append(ContentProblem(translation, f"{resource['id']}: the label {label!r} is not "
                                               "translated", location=line_of(node, where),
                                               fix=f"add labels: {{{label}: ...}}"))
        if entry.get("language_source") not in sources:
            problems.append(ContentProblem(translation, f"{resource['id']}.language_source "
                                           f"{entry.get('language_source')!r} is not in sources.yaml",
                                           location=line_of(node, where), fix="name the page that says it"))
    return problems


def settings_sessions(settings: Settings) -> list[dict]:
    """The sessions the original curriculum lists (the translation's own list is checked against it)."""
    return parse_yaml((settings.content_dir / "curriculum.yaml").read_text("utf-8"))[1]["sessions"]


def file_problems(settings: Settings, original: Path, schema: dict) -> list[ContentProblem]:
    translation = settings.translated(original)
    if translation == original:
        wanted = settings.content_dir / "languages" / settings.language / original.relative_to(settings.content_dir)
        return [ContentProblem(wanted, f"{original.name} is not translated into {settings.language!r} yet",
                               fix=f"copy {original.relative_to(settings.content_dir)} here and translate its words")]
    _node, english = parse_yaml(original.read_text("utf-8"))
    node, translated = parse_yaml(translation.read_text("utf-8"))
    return [ContentProblem(translation, message, location=line_of(node, path), fix=fix)
            for path, message, fix in differences(english, translated, schema, schema, [])]


def differences(original: object, translated: object, schema: dict, root: dict, path: list) -> list[tuple]:
    """(path, message, fix) for each place where ``translated`` is not a translation of ``original``."""
    schema = resolved(schema, root)
    where = ".".join(map(str, path)) or "the file"
    if isinstance(original, dict):
        if not isinstance(translated, dict):
            return [(path, f"{where} is not a mapping as in the original", "keep the original's structure")]
        found = [(path + [key], f"{where} has no {key!r}", "translate it, keep the key") for key in original
                 if key not in translated]
        found += [(path + [key], f"{'.'.join(map(str, path + [key]))} is not in the original", "remove it")
                  for key in translated if key not in original]
        return found + [difference for key in original if key in translated
                        for difference in differences(original[key], translated[key], child(schema, key), root,
                                                      path + [key])]
    if isinstance(original, list):
        if not isinstance(translated, list) or len(translated) != len(original):
            count = len(translated) if isinstance(translated, list) else "no"
            return [(path, f"{where} has {count} entries, the original {len(original)}",
                     "translate each entry, add or remove none")]
        items = schema.get("items", {})
        return [difference for index, (english, words) in enumerate(zip(original, translated))
                for difference in differences(english, words, items, root, path + [index])]
    if isinstance(original, str) and not ("pattern" in schema or "enum" in schema):
        if translated == original and not name_or_number(original):
            return [(path, f"{where} is left in the original: {shortened(original)!r}", "translate it")]
        if not isinstance(translated, str):
            return [(path, f"{where} is not a text as in the original", "write the translation as text")]
        return [(path, f"{where} keeps a sentence of the original: {shortened(sentence)!r}", "translate it")
                for sentence in sentences_left(original, translated)]
    if translated != original:
        return [(path, f"{where} is {translated!r}, the original {original!r}",
                 "keep ids, numbers and choices as in the original: only the words change")]
    return []


def sentences(text: str) -> list[str]:
    """The sentences of a text or a markdown cell, of four words or more, with their spacing made plain."""
    parts = re.split(r"(?<=[.!?:])\s+|\n+", text)
    return [" ".join(part.split()) for part in parts if len(part.split()) >= MIN_SENTENCE_WORDS]


def sentences_left(original: str, translated: str) -> list[str]:
    """The sentences of ``translated`` copied from ``original``: left in its language."""
    english = set(sentences(original))
    return [sentence for sentence in sentences(translated) if sentence in english]


def name_or_number(text: str) -> bool:
    """Whether ``text`` is only names and numbers ("Jordan", "988", "NCMEC", "1-800-RUNAWAY"), the same in every
    language."""
    words = [word.strip(PUNCTUATION) for word in text.split()]
    return all(not word or word[0].isupper() or word.isupper() or not any(letter.isalpha() for letter in word)
               for word in words)


def resolved(schema: dict, root: dict) -> dict:
    """``schema`` with its local `$ref` followed (`#/$defs/...`)."""
    while "$ref" in schema:
        target = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        schema = {**target, **{key: value for key, value in schema.items() if key != "$ref"}}
    return schema


def child(schema: dict, key: str) -> dict:
    """The schema of the value at ``key`` of a mapping."""
    if key in schema.get("properties", {}):
        return schema["properties"][key]
    for pattern, value in schema.get("patternProperties", {}).items():
        if re.search(pattern, key):
            return value
    extra = schema.get("additionalProperties")
    return extra if isinstance(extra, dict) else {}


def shortened(text: str, length: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length - 1] + "…"


def catalog_problems(language: str, catalogs: Path = CATALOGS) -> list[ContentProblem]:
    """The UI's catalog for ``language`` (csec/i18n.py) translates every message and keeps its {placeholders}."""
    path = catalogs / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        return [ContentProblem(path, f"the buttons and messages are not translated into {language!r} yet",
                               fix=f"run: .venv/bin/pybabel init -i csec/locale/csec.pot -d csec/locale -D csec -l "
                                   f"{language}, then translate it")]
    with path.open("rb") as file:
        catalog = read_po(file)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        where = f"{message.lineno}"
        english = message.id if isinstance(message.id, str) else message.id[0]
        forms = [message.string] if isinstance(message.string, str) else list(message.string)  # plural: each form
        if not all(forms) or message.fuzzy:
            problems.append(ContentProblem(path, f"{shortened(english)!r} is not translated", location=where,
                                           fix="translate it (and clear its fuzzy mark)"))
        elif any(set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(english)) for form in forms):
            problems.append(ContentProblem(path, f"the translation of {shortened(english)!r} changes its "
                                                 "{placeholders}", location=where,
                                           fix="keep each {name} of the original, in any order"))
    return problems


def notebook_problems(settings: Settings, original: Path) -> list[ContentProblem]:
    """The translated notebook has the original's cells, kinds, metadata and code, and its own words."""
    translation = settings.translated(original)
    if translation == original:
        wanted = original.parent / settings.language / original.name
        return [ContentProblem(wanted, f"{original.name} is not translated into {settings.language!r} yet",
                               fix=f"copy notebooks/{original.name} here and translate its markdown cells")]
    try:
        english, translated = read_notebook(original).cells, read_notebook(translation).cells
    except ContentProblem as problem:
        return [problem]
    if [cell.cell_type for cell in english] != [cell.cell_type for cell in translated]:
        return [ContentProblem(translation, f"{len(translated)} cells, the original {len(english)}: the cells or "
                                            "their kinds differ", location="notebook",
                               fix="keep every cell of the original, in its order; translate only the words")]
    problems = []
    for number, (cell, words) in enumerate(zip(english, translated), start=1):
        if cell.metadata != words.metadata:
            problems.append((number, "its metadata differs from the original's", "copy the original's metadata"))
        if cell.cell_type == "code" and cell.source != words.source:
            problems.append((number, "its code differs from the original's", "keep code cells as they are"))
        if cell.cell_type == "markdown" and cell.source.strip() and cell.source == words.source:
            problems.append((number, f"it is left in the original: {shortened(cell.source)!r}", "translate it"))
        elif cell.cell_type == "markdown":
            problems += [(number, f"it keeps a sentence of the original: {shortened(sentence)!r}", "translate it")
                         for sentence in sentences_left(cell.source, words.source)]
    return [ContentProblem(translation, f"cell {number}: {message}", location="notebook", fix=fix)
            for number, message, fix in problems]
