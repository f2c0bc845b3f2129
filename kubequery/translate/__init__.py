"""Translators from plain-language questions to kubequery SQL (the offline parser lives here)."""

from kubequery.translate.grounding import Grounding, grounding_from_engine
from kubequery.translate.offline import OfflineResult, OfflineTranslator

__all__ = ["Grounding", "OfflineResult", "OfflineTranslator", "grounding_from_engine"]
