"""Load the curriculum's YAML files and validate each against its JSON Schema.

Every problem is reported with the file, the line and what to fix; a broken
file never surfaces as a traceback.
"""

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources as package_files
from pathlib import Path

import jsonschema
import yaml

from csec.errors import ContentProblem, CsecError
from csec.kinds import content_kinds
from csec.page import page_settings
from csec.settings import DEFAULT_LANGUAGE, Settings, curriculum_settings

# libyaml's loader where it is installed: every kernel parses the content, and it is about four times faster.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# The shorter and longer ways through every session: path key -> its length in minutes.
PATH_MINUTES = {"30min": 30, "60min": 60, "90min": 90}
# What an error line calls the things a widget names that are not content items (those: csec/kinds/).
OTHER_LABELS = {"session": "session", "source": "source", "resource": "help resource"}


class ContentInvalid(CsecError):
    """One or more content files are broken; ``problems`` lists them all."""

    def __init__(self, problems: list[ContentProblem]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more: run `csec check`)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}")


class UnknownContentId(CsecError):
    """A notebook or command named a content id that does not exist."""


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict:
    text = package_files.files("csec.schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


class YamlAlias(CsecError):
    """A content file uses a YAML alias (*name): refused, since a few lines of them can expand without bound."""

    def __init__(self, name: str, line: int):
        self.name, self.line = name, line
        super().__init__(f"line {line}: YAML alias *{name}")


class _SharedNode(Exception):
    """The loader was asked to construct a node a second time: the node is shared, which only an alias does."""


class _AliasRefusingLoader(YAML_LOADER):
    """The loader, stopping at the first shared node before it constructs anything from it."""

    def construct_object(self, node, deep=False):
        if node in self.constructed_objects:
            raise _SharedNode
        return super().construct_object(node, deep)


def parse_yaml(text: str) -> tuple[yaml.Node | None, object]:
    """The document's nodes (they carry line numbers) and its data, from one parse; raises YamlAlias.

    Composing never expands an alias (it shares the node), so a file of aliases is refused before it grows.
    """
    loader = _AliasRefusingLoader(text)
    try:
        node = loader.get_single_node()
        return node, None if node is None else loader.construct_document(node)
    except _SharedNode:  # rare: read the events again, to name the first alias and its line
        alias = next(event for event in yaml.parse(text, Loader=YAML_LOADER) if isinstance(event, yaml.AliasEvent))
        raise YamlAlias(alias.anchor, alias.start_mark.line + 1) from None
    finally:
        loader.dispose()


# The largest content file shipped is items/scenarios.yaml, 426 KB (0.43 MB); the limit is five times that,
# and stops a file that is not curriculum text before the YAML parser reads it.
MAX_CONTENT_BYTES = 2 * 1024 * 1024


def read_content_file(path: Path, schema_name: str) -> tuple[object, list[ContentProblem]]:
    """Parse one YAML file and validate it; return (data, problems)."""
    if not path.is_file():
        return None, [ContentProblem(path, "file not found", fix="restore the file or check the --content folder")]
    size = path.stat().st_size
    if size > MAX_CONTENT_BYTES:
        return None, [ContentProblem(path, f"the file is {size:,} bytes, over the {MAX_CONTENT_BYTES:,}-byte limit "
                                           "for a content file",
                                     fix="content files are text, the largest shipped one under 0.5 MB: "
                                         "remove what does not belong")]
    try:
        node, data = parse_yaml(path.read_text("utf-8"))
    except UnicodeDecodeError:
        return None, [ContentProblem(path, "not UTF-8 text", fix="save the file as UTF-8")]
    except YamlAlias as alias:
        return None, [ContentProblem(path, f"YAML aliases (*{alias.name}) are not allowed in content files",
                                     location=str(alias.line), fix="write the text out")]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = str(mark.line + 1) if mark else ""
        reason = getattr(error, "problem", None) or "cannot be read as YAML"
        return None, [ContentProblem(path, f"invalid YAML: {reason}", location=line,
                                     fix="check indentation, colons and quotes on that line")]
    validator = jsonschema.Draft202012Validator(load_schema(schema_name))
    problems = [
        ContentProblem(path, _describe(error), location=line_of(node, list(error.absolute_path)),
                       fix=_fix_for(error))
        for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    ]
    return data, problems


def _describe(error: jsonschema.ValidationError) -> str:
    where = ".".join(str(part) for part in error.absolute_path) or "top level"
    if _is_web_address_rule(error):  # its pattern would only puzzle an author
        return f"{where}: {error.instance!r} is not a full web address starting with https://"
    return f"{where}: {error.message}"


def _is_web_address_rule(error: jsonschema.ValidationError) -> bool:
    return error.validator == "pattern" and error.validator_value.startswith("^https://")


TYPE_NAMES = {"integer": "a whole number", "string": "text", "array": "a list (lines starting with -)",
              "object": "fields (name: value)", "boolean": "true or false", "number": "a number"}


def _fix_for(error: jsonschema.ValidationError) -> str:
    expected = error.validator_value
    if error.validator == "type":
        return f"write {TYPE_NAMES.get(expected, expected) if isinstance(expected, str) else 'a value of the right type'}"
    if error.validator == "enum":
        return f"use one of: {', '.join(map(str, expected))}"
    if _is_web_address_rule(error):
        return _web_address_fix(error.instance)
    fixes = {
        "required": "add the missing field",
        "additionalProperties": "remove or rename the field (check its spelling)",
        "minItems": "add at least one entry",
        "maxItems": "remove entries",
        "minLength": "write some text",
        "minimum": f"use {expected} or more",
        "maximum": f"use {expected} or less",
        "pattern": "use lower-case letters, digits and hyphens",
    }
    return fixes.get(error.validator, "see the schema in csec/schemas/")


def _web_address_fix(value: str) -> str:
    """What is wrong with a value that is not a full https:// address."""
    if value.startswith("http://"):
        return "use the secure address: https:// instead of http://"
    if "://" not in value:
        return f"write the full address: https://{value}"
    if not value.startswith("https://"):
        return "write an address starting with https://"
    if any(character.isspace() for character in value):
        return "remove the spaces (write %20 for a space inside an address)"
    return "write the site's name after https://, e.g. https://www.example.org/page"


def line_of(node: yaml.Node | None, path: list) -> str:
    """The 1-based line of the YAML node at a JSON path (its parent's if missing)."""
    if node is None:
        return ""
    for part in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((value for key, value in node.value if key.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node = child
    return str(node.start_mark.line + 1)


@dataclass(frozen=True)
class Curriculum:
    """Everything in the content folder, validated, indexed by id."""

    settings: Settings
    title: str
    audiences: dict[str, dict]
    sessions: list[dict]
    sources: dict[str, dict]
    resources: dict
    items: dict[str, dict[str, dict]] = field(default_factory=dict)

    @property
    def audience(self) -> dict:
        """The audience chosen with --audience (validated when loading)."""
        return self.audiences[self.settings.audience]

    def for_audience(self, audience: str) -> "Curriculum":
        """The same curriculum prepared for another of its audiences."""
        if audience not in self.audiences:
            raise UnknownContentId(f"unknown audience {audience!r}: use one of: {', '.join(self.audiences)}")
        return replace(self, settings=self.settings.choosing(audience=audience))

    def session(self, session_id: str) -> dict:
        for session in self.sessions:
            if session["id"] == session_id:
                return session
        raise self._unknown("session", session_id, [s["id"] for s in self.sessions])

    def item(self, kind: str, item_id: object) -> dict:
        known = self.items[kind]
        if not isinstance(item_id, str) or item_id not in known:
            raise self._unknown(kind, item_id, list(known))
        return known[item_id]

    def scenario_for(self, scenario_ids: list[str], audience: str | None = None) -> str:
        """Of the scenarios an ``AudienceScenario`` names, the first written for ``audience``
        (default: the chosen one), else the first."""
        audience = audience or self.settings.audience
        return next((scenario_id for scenario_id in scenario_ids
                     if audience in self.item("scenario", scenario_id)["audiences"]), scenario_ids[0])

    def source(self, source_id: str) -> dict:
        if source_id not in self.sources:
            raise self._unknown("source", source_id, list(self.sources))
        return self.sources[source_id]

    def session_publishers(self, session: dict) -> list[str]:
        """The publishers of the session's sources, those it cites most first (ties in the session's order)."""
        cited = Counter(self.source(source_id)["publisher"] for source_id in session["sources"])
        return [publisher for publisher, _count in cited.most_common()]

    def help_resources(self, audience: str | None = None) -> list[dict]:
        """The locale's help resources shown to ``audience`` (default: the chosen one),
        those it leads with (``first_for``) first, each group in file order."""
        audience = audience or self.settings.audience
        shown = [r for r in self.resources["resources"] if audience in r["audiences"]]
        return sorted(shown, key=lambda resource: audience not in resource.get("first_for", []))

    def audience_note(self, audience: str | None = None) -> str | None:
        """The note the locale writes for ``audience`` alone (``audience_notes``), if any."""
        return self.resources.get("audience_notes", {}).get(audience or self.settings.audience)

    def help_note(self, audience: str | None = None) -> str | None:
        """What ``audience`` should know before contacting the help resources: its own note, else the locale's."""
        return self.audience_note(audience) or self.resources.get("note")

    def resource(self, resource_id: str) -> dict:
        for entry in self.resources["resources"]:
            if entry["id"] == resource_id:
                return entry
        raise self._unknown("resource", resource_id, [r["id"] for r in self.resources["resources"]])

    def _unknown(self, kind: str, item_id: object, known: list[str]) -> UnknownContentId:
        return UnknownContentId(
            f"unknown {label_of(kind)} id {item_id!r} in {self.settings.content_dir}: "
            f"use one of {', '.join(sorted(known)) or '(none defined)'}"
        )


def label_of(kind: str) -> str:
    """What an error line calls one of ``kind``: a content kind's label, or a session, source or help resource."""
    return content_kinds()[kind].label if kind in content_kinds() else OTHER_LABELS[kind]


def locale_file(settings: Settings) -> Path:
    return settings.content_dir / "resources" / f"{settings.locale}.yaml"


def available_locales(content_dir: Path) -> list[str]:
    return sorted(path.stem for path in (content_dir / "resources").glob("*.yaml"))


def language_name(language: str) -> str:
    """A language's name in its own words, as its speakers look for it: English, Español."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(language.replace("-", "_")).get_display_name(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return language
    return name[:1].upper() + name[1:]


def available_languages(content_dir: Path) -> list[str]:
    """The curriculum's own language, then those it has translations in (content/languages/LANGUAGE/)."""
    translations = content_dir / "languages"
    found = sorted(path.name for path in translations.iterdir() if path.is_dir()) if translations.is_dir() else []
    return [DEFAULT_LANGUAGE, *(language for language in found if language != DEFAULT_LANGUAGE)]


def read_all(settings: Settings) -> tuple[dict[str, object], list[ContentProblem]]:
    """Read every content file; return the parsed data by name and all problems."""
    content_dir = settings.content_dir
    if not content_dir.is_dir():
        problem = ContentProblem(content_dir, "content folder not found",
                                 fix="run from the project folder or pass --content DIR")
        return {}, [problem]
    wanted = {
        "curriculum": (settings.translated(content_dir / "curriculum.yaml"), "curriculum"),
        "sources": (content_dir / "sources.yaml", "sources"),  # titles and publishers stay as published
        "resources": (locale_file(settings), "resources"),
    }
    words = settings.translated(locale_file(settings))
    if words != locale_file(settings):  # the help resources' words in the chosen language; numbers stay the file's
        wanted["resource_words"] = (words, "resource_words")
    for kind in content_kinds().values():
        wanted[kind.name] = (settings.translated(content_dir / kind.file), kind.schema)
    data, problems = {}, []
    languages = available_languages(content_dir)
    if settings.language not in languages:
        problems.append(ContentProblem(
            content_dir / "languages" / settings.language, f"no translation into language {settings.language!r}",
            fix=f"use --language with one of: {', '.join(languages)}, or translate into content/languages/"
                f"{settings.language}/"))
    for name, (path, schema) in wanted.items():
        if name == "resources" and not path.is_file():
            locales = ", ".join(available_locales(content_dir)) or "none"
            problems.append(ContentProblem(
                path, f"no help resources for locale {settings.locale!r}",
                fix=f"use --locale with one of: {locales}, or create {path.name} from us.yaml"))
            continue
        data[name], file_problems = read_content_file(path, schema)
        problems.extend(file_problems)
    if data.get("resources") and data.get("resource_words"):
        problems += resource_words_problems(wanted["resource_words"][0], data["resources"], data["resource_words"])
    return data, problems


RESOURCE_WORDS = ("name", "purpose", "what_happens", "hours", "language_access", "language_source")


def resource_words_problems(path: Path, resources: dict, words: dict) -> list[ContentProblem]:
    """A translation of the help resources' words names only the resources of its locale's file."""
    known = [resource["id"] for resource in resources["resources"]]
    return [ContentProblem(path, f"help resource {entry['id']!r} is not in resources/{resources['locale']}.yaml",
                           location=str(index + 1), fix=f"use one of: {', '.join(known)}")
            for index, entry in enumerate(words["resources"]) if entry["id"] not in known]


def resources_in_language(resources: dict, words: dict | None) -> dict:
    """The locale's help resources with their names, descriptions and labels in the chosen language (``words``);
    every number and address stays the resources file's own."""
    if not words:
        return resources
    said = {entry["id"]: entry for entry in words["resources"]}

    def translated(resource: dict) -> dict:
        entry = said.get(resource["id"], {})
        labels = entry.get("labels", {})
        contacts = [{**contact, "label": labels.get(contact["label"], contact["label"])} if "label" in contact
                    else contact for contact in resource["contacts"]]
        return {**resource, **{key: entry[key] for key in RESOURCE_WORDS if key in entry}, "contacts": contacts}

    notes = {key: words[key] for key in ("name", "note", "audience_notes") if key in words}
    return {**resources, **notes, "resources": [translated(resource) for resource in resources["resources"]]}


def build_curriculum(settings: Settings, data: dict[str, object]) -> Curriculum:
    """Index validated data by id (call only when ``read_all`` found no problems)."""
    curriculum = data["curriculum"]
    return Curriculum(
        settings=settings,
        title=curriculum["title"],
        audiences={audience["id"]: audience for audience in curriculum["audiences"]},
        sessions=curriculum["sessions"],
        sources={source["id"]: source for source in data["sources"]["sources"]},
        resources=resources_in_language(data["resources"], data.get("resource_words")),
        items={kind.name: {entry["id"]: entry for entry in data[kind.name][kind.list_key]}
               for kind in content_kinds().values()},
    )


def load_curriculum(settings: Settings | None = None) -> Curriculum:
    """The validated curriculum; raises ContentInvalid naming the first problem."""
    settings = settings or curriculum_settings()
    data, problems = read_all(settings)
    if problems:
        raise ContentInvalid(problems)
    curriculum = build_curriculum(settings, data)
    if settings.audience not in curriculum.audiences:
        raise UnknownContentId(f"unknown audience {settings.audience!r}: use --audience with one of: "
                               f"{', '.join(curriculum.audiences)}")
    return curriculum


@lru_cache(maxsize=8)
def _cached(settings: Settings) -> Curriculum:
    return load_curriculum(settings)


def active_curriculum() -> Curriculum:
    """The curriculum of the page this kernel presents, loaded once per kernel (for widgets)."""
    return _cached(page_settings())
