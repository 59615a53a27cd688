"""Interactive components for the curriculum's sessions.

Every widget takes its text from the content folder by id, never from code,
so the same item reads the same in the live session and in the handouts.
"""

from widgets.content_notice import ContentNotice
from widgets.knowledge_check import KnowledgeCheck
from widgets.myth_or_fact import MythOrFact
from widgets.resource_card import HelpResources, ResourceCard
from widgets.session_index import SessionIndex
from widgets.session_outline import KeyPoints, ReflectionQuestions, SessionSources, SessionTitle

__all__ = [
    "ContentNotice",
    "HelpResources",
    "KeyPoints",
    "KnowledgeCheck",
    "MythOrFact",
    "ReflectionQuestions",
    "ResourceCard",
    "SessionIndex",
    "SessionSources",
    "SessionTitle",
]
