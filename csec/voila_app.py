"""The curriculum's Voila: Voila itself, reading notebooks for the page's audience, locale and language, with the
project's own addresses (csec/server_pages.py), refusing any Host that is not this computer's own."""

from voila.app import Voila

from csec.audience_contents import AudienceContentsManager
from csec.content import Curriculum, available_languages, available_locales
from csec.group.facilitator_api import facilitator_routes
from csec.group.room_memory import RoomMemory
from csec.server_pages import curriculum_handlers
from csec.settings import Settings


class CurriculumVoila(Voila):
    """Voila for ``curriculum``, its kernels given ``settings`` (the server's choices, the room among them), and
    the room's shared memory in group mode."""

    def __init__(self, curriculum: Curriculum, settings: Settings, room_memory: RoomMemory | None = None, **kwargs):
        super().__init__(**kwargs)
        self.curriculum = curriculum
        self.page_settings = settings
        self.room_memory = room_memory

    def init_settings(self) -> dict:
        web_settings = super().init_settings()
        # Voila lets any Host header through; a web page on the room's network could then reach the
        # slides and kernels through a name it points at 127.0.0.1 (DNS rebinding). Pages and the
        # kernel websocket now answer 403 to any Host that is not this computer's own.
        web_settings.update(allow_remote_access=False, local_hostnames=["localhost"])
        # Voila reads notebooks (pages and preheated kernels) through this manager.
        self.contents_manager = web_settings["contents_manager"] = AudienceContentsManager(
            parent=self, root_dir=self.contents_manager.root_dir, settings_json=self.page_settings.to_json(),
            audiences=list(self.curriculum.audiences), locales=available_locales(self.page_settings.content_dir),
            languages=available_languages(self.page_settings.content_dir))
        return web_settings

    def init_handlers(self) -> list:
        build_dir = self.page_settings.build_dir
        return [
            *curriculum_handlers(str(build_dir / "handouts"), str(self.page_settings.guide_dir),
                                 str(build_dir / "slides")),
            *facilitator_routes(self.room_memory),
            *super().init_handlers(),
        ]
