"""dyadline: political event data from news text.

>>> import dyadline
>>> record = dyadline.code("Russian forces shelled Kharkiv on Monday.", date="2024-05-14")
>>> record.events[0].type
'ASSAULT'
"""

from dyadline.coder import Coder, code, code_many
from dyadline.nlp import PipelineConfig, build_pipeline
from dyadline.records import Actor, ActorRef, Document, Event, InputDocument, Quote

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorRef",
    "Coder",
    "Document",
    "Event",
    "InputDocument",
    "PipelineConfig",
    "Quote",
    "__version__",
    "build_pipeline",
    "code",
    "code_many",
]
