"""Interactive components for the curriculum's sessions.

Every widget takes its text from the content folder by id, never from code,
so the same item reads the same in the live session and in the handouts.
"""

from widgets.action_plan import ActionPlan
from widgets.activity_timer import ActivityTimer
from widgets.audience import AudienceExamples, AudienceScenario
from widgets.content_notice import ContentNotice, GroundRules
from widgets.diagram import Diagram
from widgets.join_room import JoinRoom
from widgets.knowledge_check import KnowledgeCheck
from widgets.myth_or_fact import MythOrFact
from widgets.poll import Poll
from widgets.pre_post_check import PrePostCheck
from widgets.question_box import QuestionBox
from widgets.reflection import Reflection
from widgets.resource_card import HelpResources, ResourceCard
from widgets.risk_map import RiskMap
from widgets.scenario import Scenario
from widgets.session_index import SessionIndex
from widgets.session_outline import KeyPoints, ReflectionQuestions, SessionSources, SessionTitle
from widgets.sign_sorter import SignSorter
from widgets.take_a_break import TakeABreak

__all__ = [
    "ActionPlan",
    "ActivityTimer",
    "AudienceExamples",
    "AudienceScenario",
    "ContentNotice",
    "GroundRules",
    "Diagram",
    "HelpResources",
    "JoinRoom",
    "KeyPoints",
    "KnowledgeCheck",
    "MythOrFact",
    "Poll",
    "PrePostCheck",
    "QuestionBox",
    "Reflection",
    "ReflectionQuestions",
    "ResourceCard",
    "RiskMap",
    "Scenario",
    "SessionIndex",
    "SessionSources",
    "SessionTitle",
    "SignSorter",
    "TakeABreak",
]
