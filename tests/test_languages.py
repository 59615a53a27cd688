"""A language is a choice apart from the locale: translated content beside the original, chosen by --language or
by the page's address, the original wherever a file has no translation yet."""

import re
import shutil
from pathlib import Path

import nbformat
import pytest
import yaml
from tornado.web import HTTPError

from csec.audience_contents import SETTINGS_CELL_TAG, AudienceContentsManager
from csec.content import available_languages, load_curriculum, load_schema
from csec.kinds import content_kinds
from csec.page import page_url, presenting
from csec.settings import PROJECT_ROOT, Settings, curriculum_settings
from tests.command_line import assert_one_clear_line, call_csec

POLL = "confidence-recognizing-signs"
SPANISH_PROMPT = "¿Qué tan seguro se siente para reconocer las señales?"
NOTEBOOK = "01_what_is_csec.ipynb"
SPANISH_TITLE = "# ¿Qué es la explotación sexual comercial de niñas, niños y adolescentes?"


def copy_of_the_original(folder: Path) -> None:
    """The project's curriculum in its own language into ``folder``, without its translations."""
    shutil.copytree(PROJECT_ROOT / "content", folder / "content", ignore=shutil.ignore_patterns("languages"))
    shutil.copytree(PROJECT_ROOT / "notebooks", folder / "notebooks", ignore=shutil.ignore_patterns("es"))


@pytest.fixture
def translated_folder(tmp_path: Path) -> Path:
    """A curriculum folder with a Spanish translation of one item file (one poll's prompt changed) and of
    session 1's notebook (its first markdown cell changed)."""
    copy_of_the_original(tmp_path)
    polls = (tmp_path / "content" / "items" / "polls.yaml").read_text("utf-8")
    prompt = load_curriculum(curriculum_settings(tmp_path / "content")).item("poll", POLL)["question"]
    assert prompt in polls
    spanish_items = tmp_path / "content" / "languages" / "es" / "items"
    spanish_items.mkdir(parents=True)
    (spanish_items / "polls.yaml").write_text(polls.replace(prompt, SPANISH_PROMPT), "utf-8")
    notebook = nbformat.read(tmp_path / "notebooks" / NOTEBOOK, as_version=4)
    first_markdown = next(cell for cell in notebook.cells if cell.cell_type == "markdown")
    first_markdown.source = SPANISH_TITLE
    (tmp_path / "notebooks" / "es").mkdir()
    nbformat.write(notebook, tmp_path / "notebooks" / "es" / NOTEBOOK)
    return tmp_path


def test_a_translation_replaces_the_files_it_translates_and_the_original_stays_for_the_rest(translated_folder):
    content = translated_folder / "content"
    assert available_languages(content) == ["en", "es"]
    spanish = load_curriculum(curriculum_settings(content, language="es"))
    english = load_curriculum(curriculum_settings(content))
    assert spanish.item("poll", POLL)["question"] == SPANISH_PROMPT
    assert english.item("poll", POLL)["question"] != SPANISH_PROMPT
    assert spanish.items["scenario"] == english.items["scenario"]  # not translated yet: the original
    assert spanish.settings.notebook(spanish.session("what-is-csec")) == translated_folder / "notebooks" / "es" / NOTEBOOK
    assert spanish.settings.notebook(spanish.session("who-is-at-risk")).parent == translated_folder / "notebooks"


def test_an_unknown_language_is_one_line_naming_the_languages_there_are(translated_folder):
    result = call_csec("serve", "--content", str(translated_folder / "content"), "--language", "fr")
    assert_one_clear_line(result, "no translation into language 'fr'", "en, es", "content/languages/fr/")


def contents_manager(folder: Path, default: Settings) -> AudienceContentsManager:
    return AudienceContentsManager(root_dir=str(folder / "notebooks"), settings_json=default.to_json(),
                                   audiences=["professionals", "youth"], locales=["us"], languages=["en", "es"])


def presented_settings(model: dict) -> str:
    """The settings cell's source: what the page's kernel is told to present."""
    cell = model["content"].cells[0]
    assert SETTINGS_CELL_TAG in cell.metadata["tags"]
    return cell.source


def test_the_address_names_the_language_and_the_page_is_its_translated_notebook(translated_folder):
    manager = contents_manager(translated_folder, curriculum_settings(translated_folder / "content"))
    spanish = manager.get(f"youth/us/es/{NOTEBOOK}")
    assert SPANISH_TITLE in [cell.source for cell in spanish["content"].cells]
    assert '"language": "es"' in presented_settings(spanish) and '"audience": "youth"' in presented_settings(spanish)
    english = manager.get(f"youth/us/{NOTEBOOK}")
    assert SPANISH_TITLE not in [cell.source for cell in english["content"].cells]
    assert '"language": "en"' in presented_settings(english)
    untranslated = manager.get("youth/us/es/02_forms_and_venues.ipynb")  # the original, with the Spanish choice
    assert '"language": "es"' in presented_settings(untranslated)
    with pytest.raises(HTTPError) as refused:
        manager.get(f"youth/us/fr/{NOTEBOOK}")
    assert refused.value.status_code == 404 and "no translation into language 'fr'" in refused.value.log_message


def test_a_server_started_in_a_language_presents_it_at_the_plain_address(translated_folder):
    default = curriculum_settings(translated_folder / "content", language="es")
    manager = contents_manager(translated_folder, default)
    assert SPANISH_TITLE in [cell.source for cell in manager.get(NOTEBOOK)["content"].cells]


def test_links_carry_the_language_on_and_the_default_choice_stays_the_plain_name(translated_folder):
    english = curriculum_settings(translated_folder / "content")
    with presenting(english):
        assert page_url(NOTEBOOK, english) == f"/voila/render/{NOTEBOOK}"
        assert page_url(NOTEBOOK, english.choosing(language="es")) == f"/voila/render/professionals/us/es/{NOTEBOOK}"
        assert page_url(NOTEBOOK, english.choosing(audience="youth")) == f"/voila/render/youth/us/{NOTEBOOK}"
    spanish = english.choosing(language="es")
    with presenting(spanish):
        assert page_url(NOTEBOOK, spanish) == f"/voila/render/{NOTEBOOK}"
        assert page_url(NOTEBOOK, english) == f"/voila/render/professionals/us/{NOTEBOOK}"


def index_html(curriculum) -> str:
    from widgets.session_index import SessionIndex

    with presenting(curriculum.settings):
        return SessionIndex(curriculum).children[0].value


def test_the_index_offers_each_language_by_its_own_name_once_there_is_a_translation(translated_folder, tmp_path):
    html = index_html(load_curriculum(curriculum_settings(translated_folder / "content")))
    assert ('Language: <b aria-current="page">English</b> &middot; '
            '<a href="/voila/render/professionals/us/es/index.ipynb">Español</a>') in html
    copy_of_the_original(tmp_path / "untranslated")
    assert "Language:" not in index_html(load_curriculum(curriculum_settings(tmp_path / "untranslated" / "content")))


# What a translation would not change in a text: markup, a link's target, code, a web address, a {placeholder}.
UNTOUCHED = re.compile(r"(<[^>]*>|\]\([^)]*\)|`[^`]*`|https?://\S+|\{[^}]*\})")


def marked(value):
    """Every text in ``value`` changed as a translation changes every sentence, its length and markup kept: the
    first letter of each word in the other case ("agree" becomes "Agree", "I know" becomes "i Know")."""
    if isinstance(value, dict):
        return {key: marked(item) for key, item in value.items()}
    if isinstance(value, list):
        return [marked(item) for item in value]
    if isinstance(value, str):
        pieces = UNTOUCHED.split(value)
        return "".join(piece if index % 2 else re.sub(r"\b[^\W\d_]", lambda letter: letter.group().swapcase(), piece)
                       for index, piece in enumerate(pieces))
    return value


def translated_as_its_schema_allows(original, schema: dict):
    """``original`` with every text marked, except what the schema pins (an id's pattern, a choice's enum),
    which stays as it is: what jsonschema itself refuses once marked is put back."""
    from jsonschema import Draft202012Validator

    translated = marked(original)
    for error in Draft202012Validator(schema).iter_errors(translated):
        assert error.validator in ("pattern", "enum"), error.message
        *parents, last = error.absolute_path
        english, target = original, translated
        for key in parents:
            english, target = english[key], target[key]
        target[last] = english[last]
    return translated


@pytest.fixture
def spanish_folder(tmp_path: Path) -> Path:
    """A curriculum folder with every content file and notebook "translated" (each text marked, see marked), and
    the project's own Spanish words of the help resources."""
    copy_of_the_original(tmp_path)
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content" / "languages" / "es" / "resources", content / "languages" / "es" / "resources")
    schemas = {Path(kind.file).name: kind.schema for kind in content_kinds().values()}
    for original in [content / "curriculum.yaml", *sorted((content / "items").glob("*.yaml"))]:
        translation = content / "languages" / "es" / original.relative_to(content)
        translation.parent.mkdir(parents=True, exist_ok=True)
        schema = load_schema("curriculum" if original.name == "curriculum.yaml" else schemas[original.name])
        data = translated_as_its_schema_allows(yaml.safe_load(original.read_text("utf-8")), schema)
        translation.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    (tmp_path / "notebooks" / "es").mkdir()
    for original in sorted((tmp_path / "notebooks").glob("0*.ipynb")):
        notebook = nbformat.read(original, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "markdown" and cell.source.strip():
                cell.source = marked(cell.source)
        nbformat.write(notebook, tmp_path / "notebooks" / "es" / original.name)
    return tmp_path


def spanish_check(folder: Path) -> list[str]:
    """The lines `csec check --language es` prints about the translation, with paths inside ``folder``."""
    result = call_csec("check", "--content", str(folder / "content"), "--language", "es")
    return [line.removeprefix(f"{folder}/") for line in result.stdout.splitlines() + result.stderr.splitlines()
            if "languages/es" in line or "notebooks/es" in line]


def test_a_whole_translation_checks_clean_and_one_untranslated_text_is_one_line_at_its_place(spanish_folder):
    assert spanish_check(spanish_folder) == []
    polls = spanish_folder / "content" / "languages" / "es" / "items" / "polls.yaml"
    lines = polls.read_text("utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, start=1) if "fairly Confident" in text)
    polls.write_text("\n".join(text.replace("fairly Confident", "Fairly confident") for text in lines), "utf-8")
    assert spanish_check(spanish_folder) == [
        f"content/languages/es/items/polls.yaml:{line}: polls.0.options.2 is left in the original: "
        "'Fairly confident' (fix: translate it)"]


def test_a_translated_notebook_missing_a_slide_or_changing_a_widget_call_is_one_line_each(spanish_folder):
    path = spanish_folder / "notebooks" / "es" / NOTEBOOK
    notebook = nbformat.read(path, as_version=4)
    code = next(index for index, cell in enumerate(notebook.cells) if cell.cell_type == "code" and "(" in cell.source)
    notebook.cells[code].source = notebook.cells[code].source.replace("(", "( ", 1)
    nbformat.write(notebook, path)
    assert spanish_check(spanish_folder) == [
        f"notebooks/es/{NOTEBOOK}:notebook: cell {code + 1}: its code differs from the original's "
        "(fix: keep code cells as they are)"]
    del notebook.cells[next(i for i, cell in enumerate(notebook.cells) if cell.cell_type == "markdown")]
    nbformat.write(notebook, path)
    lines = spanish_check(spanish_folder); print(lines)
    [line] = lines
    assert line.startswith(f"notebooks/es/{NOTEBOOK}:notebook: ") and "the cells or their kinds differ" in line


def test_a_file_not_yet_translated_is_named_with_where_its_translation_goes(spanish_folder):
    (spanish_folder / "content" / "languages" / "es" / "items" / "scenarios.yaml").unlink()
    assert spanish_check(spanish_folder) == [
        "content/languages/es/items/scenarios.yaml: scenarios.yaml is not translated into 'es' yet "
        "(fix: copy items/scenarios.yaml here and translate its words)"]


def test_a_spanish_page_shows_the_activitys_own_words_in_spanish(translated_folder):
    from widgets.pre_post_check import PrePostCheck

    for language, start, progress in (("es", "Comenzar el cuestionario", "Después de la serie: pregunta 1 de 8"),
                                      ("en", "Start the check", "After the series: question 1 of 8")):
        curriculum = load_curriculum(curriculum_settings(translated_folder / "content", language=language))
        with presenting(curriculum.settings):
            check = PrePostCheck("series-check", "after", curriculum)
            check.go_to(0)
        assert check.start_button.description == start
        assert progress in check.progress.value


def test_the_ui_catalog_must_translate_every_message_and_keep_its_placeholders(tmp_path):
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    from csec.translation_checks import catalog_problems

    catalog = Catalog(locale="es")
    catalog.add("Next", "Siguiente")
    catalog.add("Previous", "")
    catalog.add("question {number} of {count}", "pregunta {numero} de {count}")
    path = tmp_path / "es" / "LC_MESSAGES" / "csec.po"
    path.parent.mkdir(parents=True)
    with path.open("wb") as file:
        write_po(file, catalog)
    problems = [problem.message for problem in catalog_problems("es", tmp_path)]
    assert problems == ["'Previous' is not translated",
                        "the translation of 'question {number} of {count}' changes its {placeholders}"]
    assert "not translated into 'fr' yet" in catalog_problems("fr", tmp_path)[0].message


def test_a_discouraged_spanish_term_or_a_phone_number_in_a_translation_is_one_line(spanish_folder):
    polls = spanish_folder / "content" / "languages" / "es" / "items" / "polls.yaml"
    lines = polls.read_text("utf-8").splitlines()
    number = next(index for index, text in enumerate(lines) if "question:" in text)
    lines[number] += " Hablemos de la prostitución infantil."
    polls.write_text("\n".join(lines), "utf-8")
    assert spanish_check(spanish_folder) == [
        f"content/languages/es/items/polls.yaml:{number + 1}: discouraged term 'prostitución infantil' (fix: say "
        "'explotación sexual de niñas, niños y adolescentes' (Orientaciones terminológicas de Luxemburgo))"]
    path = spanish_folder / "notebooks" / "es" / NOTEBOOK
    notebook = nbformat.read(path, as_version=4)
    cell = next(index for index, cell in enumerate(notebook.cells) if cell.cell_type == "markdown")
    notebook.cells[cell].source += "\n\nLlame al 555-201-3344."
    nbformat.write(notebook, path)
    assert f"notebooks/es/{NOTEBOOK}:cell {cell + 1}: phone number 555-201-3344 outside the resources file" in \
        " ".join(spanish_check(spanish_folder))


def test_an_english_sentence_left_in_a_spanish_notebook_is_one_line(spanish_folder):
    original = nbformat.read(spanish_folder / "notebooks" / NOTEBOOK, as_version=4)
    path = spanish_folder / "notebooks" / "es" / NOTEBOOK
    notebook = nbformat.read(path, as_version=4)
    number, sentence = next((number, line.strip("- ")) for number, cell in enumerate(original.cells)
                            if cell.cell_type == "markdown" for line in cell.source.splitlines()
                            if len(line.split()) >= 6 and line.count(".") == 1 and line.endswith("."))
    notebook.cells[number].source += f"\n\n{sentence}"  # one sentence of the original, left as it was
    nbformat.write(notebook, path)
    [line] = spanish_check(spanish_folder)
    assert line.startswith(f"notebooks/es/{NOTEBOOK}:notebook: cell {number + 1}: it keeps a sentence of the "
                           "original: ") and "(fix: translate it)" in line


def test_spanish_is_read_with_a_spanish_formula_and_a_dense_spanish_text_is_one_line(spanish_folder):
    result = call_csec("check", "--content", str(spanish_folder / "content"), "--language", "es")
    line = next(line for line in result.stdout.splitlines() if line.startswith("Reading level of session 1"))
    assert "Fernández-Huerta reading ease" in line and "youth" in line and "(min 70)" in line and "(min 60)" in line
    curriculum = spanish_folder / "content" / "languages" / "es" / "curriculum.yaml"
    dense = ("La administración interinstitucional correspondiente consideraría indispensables determinadas "
             "responsabilidades extraordinariamente complicadas")  # long words, one long sentence
    data = yaml.safe_load(curriculum.read_text("utf-8"))
    data["sessions"][0]["reflection_questions"][0] = ", ".join([dense] * 150) + "?"
    curriculum.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    problems = [line for line in spanish_check(spanish_folder) if "reading level" in line]
    assert problems and all("Fernández-Huerta reading ease" in line and ("min 70" in line or "min 60" in line)
                            for line in problems), problems


def test_a_spanish_answer_sheet_has_its_own_words_in_spanish_and_the_english_one_stays_english(translated_folder):
    from csec.export.handouts import render_answer_sheet_html

    for language, words, absent in (
            ("es", ["Anonymous check: hoja de respuestas", "Antes de la serie", "Después de la serie",
                    "¿Qué tan de acuerdo está?", "Muy en desacuerdo", "No estoy seguro o segura",
                    "Dónde pedir ayuda (United States)"], "Before the series"),
            ("en", ["Anonymous check: answer sheet", "Before the series", "How much do you agree?",
                    "Strongly disagree", "Where to get help (United States)"], "Antes de la serie")):
        curriculum = load_curriculum(curriculum_settings(translated_folder / "content", language=language))
        html = render_answer_sheet_html(curriculum, curriculum.item("pre_post_check", "series-check"), "letter")
        for text in words:
            assert text in html, (language, text)
        assert absent not in html


SPANISH_HANDOUT_WORDS = ["Sesión 1:", "(hoja informativa)", "Preparado para:", "Puntos clave", "Qué hacer",
                         "Lo que hicimos en grupo", "Revisamos creencias comunes sobre este tema. Para recordar:",
                         "Repaso.", "Preguntas para reflexionar", "Dónde pedir ayuda (Estados Unidos)", "Fuentes:",
                         "La hoja informativa completa", "Llamar al 911", "Este material se puede compartir"]
ENGLISH_HANDOUT_WORDS = ["Session 1:", "(handout)", "Prepared for:", "Key points", "What to do", "What we did together",
                         "We looked at common beliefs about this topic. What to remember:", "Knowledge check.",
                         "Questions to reflect on", "Where to get help (United States)", "Sources:",
                         "The full handout", "Call 911", "This handout may be shared"]


@pytest.mark.parametrize("language, words, lang, absent", [
    ("es", SPANISH_HANDOUT_WORDS, '<html lang="es">', ENGLISH_HANDOUT_WORDS),
    ("en", ENGLISH_HANDOUT_WORDS, '<html lang="en">', SPANISH_HANDOUT_WORDS)])
def test_a_spanish_handout_says_its_headings_and_notes_in_spanish_and_the_english_one_stays_english(
        language, words, lang, absent):
    from csec.export.handouts import render_handout_html

    curriculum = load_curriculum(curriculum_settings(language=language, audience="youth"))
    html = render_handout_html(curriculum, curriculum.session("what-is-csec"), "letter")
    text = " ".join(re.sub(r"<(?!/?b>)[^>]+>", " ", html).replace("&#39;", "'").split())
    assert lang in html
    assert [word for word in words if word not in text] == []
    assert [word for word in absent if word in text] == []
    assert ("<h2>Sources</h2>" in html) == (language == "en") and ("<h2>Fuentes</h2>" in html) == (language == "es")
    for english in ("minutes", "In pictures", "Most cited", "publishers", "ask your facilitator"):
        assert (english in text) == (language == "en"), english


def test_spanish_wallet_cards_and_printed_footers_have_no_english_words():
    from csec.export.handouts import render_wallet_cards_html
    from csec.export.printing import footer_html

    for language, words, absent in (
            ("es", ["Dónde pedir ayuda (Estados Unidos): tarjetas de bolsillo", "Recortar por las líneas punteadas",
                    "Llamar al 911"], ["Where to get help", "Cut along", "Call 911"]),
            ("en", ["Where to get help (United States): wallet cards", "Cut along the dashed lines", "Call 911"],
             ["Dónde pedir ayuda", "Recortar", "Llamar al"])):
        html = render_wallet_cards_html(load_curriculum(curriculum_settings(language=language)), "letter")
        assert [word for word in words if word not in html] == [], language
        assert [word for word in absent if word in html] == [], language
    numbers = '<span class="pageNumber"></span> {} <span class="totalPages"></span>'
    assert f"<span>Sesión 1: Título</span><span>Página {numbers.format('de')}</span>" in footer_html(
        "Sesión 1: Título", "es")
    assert f"<span>Session 1: Title</span><span>Page {numbers.format('of')}</span>" in footer_html(
        "Session 1: Title", "en")
    assert "&lt;b&gt;" in footer_html("<b>", "es")  # a title is text, never markup


@pytest.mark.parametrize("kind, value, spanish, english", [
    ("call", "911", "Llamar al 911", "Call 911"),
    ("text", "233733", "Enviar un texto al 233733", "Text 233733"),
    ("call-or-text", "988", "Llamada o texto al 988", "Call or text 988"),
    ("web", "takeitdown.ncmec.org", "En línea: takeitdown.ncmec.org", "Online takeitdown.ncmec.org")])
def test_the_first_way_to_reach_a_service_is_one_whole_phrase_in_each_language(kind, value, spanish, english):
    from csec.plain_text import contact_lines, first_contact_line

    resource = {"contacts": [{"kind": kind, "value": value}]}
    assert first_contact_line(resource, "es") == spanish
    assert first_contact_line(resource, "en") == english
    assert contact_lines({"contacts": [{"kind": "call", "value": "911"}]}, "es") == ["Llamar: 911"]


SPANISH_GUIDE_WORDS = ["Sesión 1:", "minutos", "Objetivos", "Materiales", "vista de notas (pulse S)", "Segmento 1:",
                       "Recorrido de 30 minutos", "Diapositiva por diapositiva", "Diapositiva 1: Título y objetivos",
                       "¿Mito o realidad?", "(Mito.)", "Puntos clave", "Lista de verificación de fidelidad",
                       "Recorrido usado:", "Punto clave:", "¿Adaptó algo? Anote qué y por qué:"]
ENGLISH_GUIDE_WORDS = ["Session 1:", "minutes", "Objectives", "Materials", "speaker view (press S)", "Segment 1:",
                       "30-minute path", "Slide by slide", "Slide 1: Title and objectives", "Myth or fact:",
                       "(Myth.)", "Key points", "Fidelity checklist", "Path used:", "Key point:",
                       "Adapted anything? Note what and why:"]


@pytest.mark.parametrize("language, words, absent", [("es", SPANISH_GUIDE_WORDS, ENGLISH_GUIDE_WORDS),
                                                     ("en", ENGLISH_GUIDE_WORDS, SPANISH_GUIDE_WORDS)])
def test_a_spanish_guide_speaks_to_the_facilitator_in_spanish_and_the_english_one_stays_english(
        language, words, absent):
    from csec.export.guide import render_guide_html
    from csec.export.session_pages import session_page
    from csec.export.templating import export_templates

    curriculum = load_curriculum(curriculum_settings(language=language))
    page = export_templates(language).get_template("session_page.html.j2").render(
        page=session_page(curriculum, curriculum.session("what-is-csec")))
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert [word for word in words if word not in text] == []
    assert [word for word in absent if word in text] == []
    cover = render_guide_html(curriculum, [], "letter")
    assert ("Guía para la persona facilitadora" in cover and "Contenido" in cover) == (language == "es")
    assert ("Facilitator guide" in cover and "Contents" in cover) == (language == "en")


def test_a_spanish_phone_is_asked_a_statement_on_the_scale_in_spanish(translated_folder):
    from csec.group.questions import question_for_phones

    key = "statement:never-their-fault@before"
    spanish = question_for_phones(load_curriculum(curriculum_settings(translated_folder / "content", language="es")),
                                  key)
    english = question_for_phones(load_curriculum(curriculum_settings(translated_folder / "content")), key)
    assert spanish["options"] == ["Muy en desacuerdo", "En desacuerdo", "No estoy seguro o segura", "De acuerdo",
                                  "Muy de acuerdo"]
    assert english["options"] == ["Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"]


def test_spanish_help_resources_have_their_own_words_and_the_numbers_of_the_one_resources_file():
    english = load_curriculum(curriculum_settings())
    spanish = load_curriculum(curriculum_settings(language="es"))
    for resource in english.resources["resources"]:
        translated = spanish.resource(resource["id"])
        assert [c["value"] for c in translated["contacts"]] == [c["value"] for c in resource["contacts"]]
        assert translated["what_happens"] != resource["what_happens"] and translated["language_access"]
    lifeline = spanish.resource("988-lifeline")
    assert "marque 2" in lifeline["language_access"]
    assert "Chat" in [c.get("label") for c in lifeline["contacts"]]  # "Chat online", translated
    from widgets.resource_card import resource_html
    card = resource_html(lifeline, "es")
    assert "Llamar o enviar texto: 988" in card and "Qué pasa:" in card and "marque 2" in card and "Chat online" not in card


def test_resource_words_naming_an_unknown_service_or_carrying_a_number_are_one_line(tmp_path):
    copy_of_the_original(tmp_path)
    words = tmp_path / "content" / "languages" / "es" / "resources" / "us.yaml"
    words.parent.mkdir(parents=True)
    text = (PROJECT_ROOT / "content" / "languages" / "es" / "resources" / "us.yaml").read_text("utf-8")
    words.write_text(text.replace("id: trevor-project", "id: trevor-projekt"), "utf-8")
    result = call_csec("check", "--content", str(tmp_path / "content"), "--language", "es")
    assert "help resource 'trevor-projekt' is not in resources/us.yaml (fix: use one of: emergency," in result.stdout
    words.write_text(text.replace("    labels:\n      Start online: Empezar en línea\n",
                                  "    contacts:\n      - kind: call\n        value: 1-800-000-0000\n"), "utf-8")
    result = call_csec("check", "--content", str(tmp_path / "content"), "--language", "es")
    assert "Additional properties are not allowed ('contacts' was unexpected)" in result.stdout


def test_a_service_without_spanish_words_or_an_untranslated_label_is_one_line_each(spanish_folder):
    words = spanish_folder / "content" / "languages" / "es" / "resources" / "us.yaml"
    text = words.read_text("utf-8")
    start = text.index("  - id: take-it-down")
    words.write_text(text[:start].replace("    labels:\n      Find your state's number: Número de su estado\n", ""),
                     "utf-8")
    assert spanish_check(spanish_folder) == [
        "content/languages/es/resources/us.yaml:57: child-protective-services: the label \"Find your state's number\" "
        "is not translated (fix: add labels: {Find your state's number: ...})",
        "content/languages/es/resources/us.yaml: help resource 'take-it-down' has no words here (fix: add its name, "
        "purpose, what_happens, language_access and language_source)"]


def test_every_message_the_code_shows_is_in_the_catalogs_template():
    """A message written inside an f-string, or added without `make messages`, would never reach a translator
    and would show in English on every translated page."""
    from babel.messages.pofile import read_po

    with (PROJECT_ROOT / "csec" / "locale" / "csec.pot").open("rb") as template:
        known = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(template) if m.id}
    marked = re.compile(r"""(?<![\w.])(?:_|N_|gettext)\((["'])((?:(?!\1).)+)\1\s*\)""")
    missing = [f"{path.relative_to(PROJECT_ROOT)}:{number}: {found.group(2)}"
               for folder in ("csec", "widgets") for path in sorted((PROJECT_ROOT / folder).rglob("*.py"))
               for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
               for found in marked.finditer(line) if found.group(2) not in known and found.group(2) != "..."]
    assert missing == [], "run make messages, and keep each message out of f-strings"
