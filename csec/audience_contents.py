"""The files Voila reads, with each notebook as the chosen audience sees it.

Cells whose metadata names other audiences (``csec.audiences``) are dropped
before Voila executes or renders anything, so they never run, never reach the
projector and never reach the speaker view.
"""

from jupyter_server.services.contents.largefilemanager import LargeFileManager
from traitlets import Unicode

from csec.notebooks import for_audience


class AudienceContentsManager(LargeFileManager):
    """Voila's contents manager, with notebooks cut to one audience."""

    audience = Unicode(help="The audience whose cells are kept").tag(config=True)

    def get(self, path, content=True, type=None, format=None, **kwargs):
        model = super().get(path, content=content, type=type, format=format, **kwargs)
        if content and model["type"] == "notebook":
            model["content"] = for_audience(model["content"], self.audience)
        return model
