"""The domain model: SQLAlchemy models for every entity of DOMAIN.md (all four kinds of network)."""

from app.domain import audit as _audit  # noqa: F401  (installs the audit hook)
from app.domain.activity import (
    Activity,
    ActivityParticipant,
    Commitment,
    CouncilMeeting,
    RoutingRule,
    Signal,
    SignalStatusChange,
    TopicRule,
)
from app.domain.ambassador import (
    Ambassador,
    AmbassadorContact,
    AmbassadorStatusChange,
    RecruitingCall,
    ThirdPartyRequest,
)
from app.domain.base import Base, Record, new_id, today, utcnow
from app.domain.documents import PRIVATE_ROWS, AgreementVersion, Attachment
from app.domain.network import (
    BarrierAction,
    GroupPhaseEntry,
    Indicator,
    IndicatorTarget,
    Network,
    Setting,
    SteeringMeeting,
    SteeringMember,
)
from app.domain.privacy import AuditEntry, Consent, ReportSnapshot, RetentionRule
from app.domain.stakeholder import (
    ContactPerson,
    Interaction,
    PlacesChange,
    StageChange,
    Stakeholder,
)
from app.domain.team import LOCAL_TABLES, ExchangeClock, ExchangeConflict
from app.domain.trajectory import (
    LOCAL_ONLY_COLUMNS,
    Milestone,
    SupportGiven,
    Trajectory,
    TrajectoryBarrier,
    TrajectoryOffer,
)

__all__ = [
    "PRIVATE_ROWS",
    "AgreementVersion",
    "Attachment",
    "LOCAL_ONLY_COLUMNS",
    "LOCAL_TABLES",
    "ExchangeClock",
    "ExchangeConflict",
    "Activity",
    "ActivityParticipant",
    "Ambassador",
    "AmbassadorContact",
    "AmbassadorStatusChange",
    "AuditEntry",
    "Base",
    "Commitment",
    "Consent",
    "ContactPerson",
    "CouncilMeeting",
    "BarrierAction",
    "GroupPhaseEntry",
    "Indicator",
    "IndicatorTarget",
    "Interaction",
    "Milestone",
    "Network",
    "PlacesChange",
    "Record",
    "RecruitingCall",
    "ReportSnapshot",
    "RetentionRule",
    "RoutingRule",
    "Setting",
    "Signal",
    "SignalStatusChange",
    "StageChange",
    "Stakeholder",
    "SteeringMeeting",
    "SteeringMember",
    "TopicRule",
    "SupportGiven",
    "ThirdPartyRequest",
    "Trajectory",
    "TrajectoryBarrier",
    "TrajectoryOffer",
    "new_id",
    "today",
    "utcnow",
]
