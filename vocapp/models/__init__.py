"""All models, imported here so that Alembic and the app see every table."""
from vocapp.models.accounts import ACCOUNT_STATUSES, Account, Contact
from vocapp.models.feedback import (ITEM_ORIGINS, ITEM_STATUSES, LINK_REVIEWS, SOURCE_TYPES, AskEncoding, CsmView, FeedbackItem,
                                    FeedbackMention, LinkRejection, MessageTemplate, ShippedNotice, TextAnalysis, Theme, ThemeTag)
from vocapp.models.surveys import (BEHAVIOUR_ANSWERS, CASE_STATUSES, JOURNEY_STAGES, KEY_ANSWERS, SURVEY_KINDS,
                                   SURVEY_STATUSES, Behaviour, CaseAlert, EffectivenessModel, EffectivenessPhase, FollowUpCase,
                                   Invitation, InvitationEmail, Response, Survey)
from vocapp.models.interviews import (DIRECTIONS, OUTCOMES, Competitor, Criterion, Interview, InterviewGuide,
                                      InterviewQuote, InterviewRating, Reason, ReasonCategory)
from vocapp.models.jobs import JOB_STATES, Job, JobChunk, JobUpload
from vocapp.models.reports import FREQUENCIES, REPORT_KINDS, ReportDelivery, ReportSubscription
from vocapp.models.users import ROLES, ApiToken, User

__all__ = ["ACCOUNT_STATUSES", "Account", "Contact", "ROLES", "ApiToken", "User", "BEHAVIOUR_ANSWERS",
           "CASE_STATUSES", "JOURNEY_STAGES", "KEY_ANSWERS", "SURVEY_KINDS", "SURVEY_STATUSES", "Behaviour",
           "CaseAlert", "EffectivenessModel", "EffectivenessPhase", "FollowUpCase", "Invitation", "InvitationEmail", "Response",
           "Survey", "ITEM_STATUSES", "SOURCE_TYPES", "CsmView", "FeedbackItem", "FeedbackMention", "TextAnalysis",
           "Theme", "ThemeTag", "DIRECTIONS", "OUTCOMES", "Competitor", "Criterion", "Interview", "InterviewGuide",
           "InterviewQuote", "InterviewRating", "Reason", "ReasonCategory", "FREQUENCIES", "REPORT_KINDS",
           "ReportDelivery", "ReportSubscription", "ITEM_ORIGINS", "LINK_REVIEWS", "LinkRejection", "MessageTemplate", "ShippedNotice",
           "JOB_STATES", "Job", "JobChunk", "JobUpload", "AskEncoding"]
