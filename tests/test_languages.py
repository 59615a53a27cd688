"""A language is a choice apart from the locale: translated content beside the original, chosen by --language or
by the page's address, the original wherever a file has no translation yet."""

import shutil
from pathlib import Path

import nbformat
import pytest
from tornado.web import HTTPError

from csec.audience_contents import SETTINGS_CELL_TAG, AudienceContentsManager
from csec.content import available_languages, load_curriculum
from csec.page import page_url, presenting
from csec.settings import PROJECT_ROOT, Settings, curriculum_settings
from tests.command_line import assert_one_clear_line, call_csec

POLL = "confidence-recognizing-signs"
SPANISH_PROMPT = "¿Qué tan seguro se siente para reconocer las señales?"
NOTEBOOK = "01_what_is_csec.ipynb"
SPANISH_TITLE = "# ¿Qué es la explotación sexual comercial de niñas, niños y adolescentes?"


@pytest.fixture
def translated_folder(tmp_path: Path) -> Path:
    """A curriculum folder with a Spanish translation of one item file (one poll's prompt changed) and of
    session 1's notebook (its first markdown cell changed)."""
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
    shutil.copytree(PROJECT_ROOT / "notebooks", tmp_path / "notebooks")
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


def test_the_index_offers_each_language_by_its_own_name_once_there_is_a_translation(translated_folder, curriculum):
    html = index_html(load_curriculum(curriculum_settings(translated_folder / "content")))
    assert ('Language: <b aria-current="page">English</b> &middot; '
            '<a href="/voila/render/professionals/us/es/index.ipynb">Español</a>') in html
    assert "Language:" not in index_html(curriculum)  # the project itself has no translation yet
