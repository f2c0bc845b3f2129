"""CI's floors: the least score each translator must keep on each split (`eval/floors.yaml`).

```yaml
gold:
  dev: 1.0                       # a number: the floor of overall_accuracy
  test: {execution_accuracy: 1.0, decline_accuracy: 1.0}   # or floors per measure
```

A report is checked against the floors of its translator for every split it covers; a
report cut short (`--limit`, `--tier`, `--id`) is refused unless partial reports are allowed,
since a floor met on a few cases says nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eval.harness.cases import EVAL_DIR
from eval.harness.run import HarnessError

FLOORS_FILE = EVAL_DIR / "floors.yaml"
DEFAULT_MEASURE = "overall_accuracy"
MEASURES = ("overall_accuracy", "execution_accuracy", "decline_accuracy", "pass_at_1", "pass_hat_k")


@dataclass(frozen=True)
class Check:
    split: str
    measure: str
    floor: float
    value: float | None

    @property
    def ok(self) -> bool:
        return self.value is not None and self.value + 1e-12 >= self.floor


def load_floors(path: Path | str = FLOORS_FILE) -> dict[str, dict[str, dict[str, float]]]:
    """translator → split → measure → floor."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise HarnessError(f"cannot read floors {path}: {e}") from None
    if not isinstance(data, dict):
        raise HarnessError(f"{path}: expected translator: {{split: floor}}")
    floors: dict[str, dict[str, dict[str, float]]] = {}
    for translator, splits in data.items():
        if not isinstance(splits, dict):
            raise HarnessError(f"{path}: {translator}: expected split: floor")
        floors[str(translator)] = {}
        for split, value in splits.items():
            measures = value if isinstance(value, dict) else {DEFAULT_MEASURE: value}
            for measure, floor in measures.items():
                if measure not in MEASURES or not isinstance(floor, int | float) or not 0 <= floor <= 1:
                    raise HarnessError(
                        f"{path}: {translator}.{split}.{measure}: expected a floor between 0 and 1",
                        hint=f"measures: {', '.join(MEASURES)}",
                    )
            floors[str(translator)][str(split)] = {m: float(f) for m, f in measures.items()}
    return floors


def check_floors(
    report: dict[str, Any], floors: dict[str, dict[str, dict[str, float]]], *, allow_partial: bool = False
) -> list[Check]:
    """Every floor the report can be held to, with the report's value."""
    translator = report["translator"]
    if translator not in floors:
        raise HarnessError(
            f"no floors recorded for translator {translator!r}",
            hint=f"floors exist for {', '.join(floors) or 'no translator'}",
        )
    if not report.get("complete", False) and not allow_partial:
        raise HarnessError(
            "the report covers only part of its split (--limit, --tier or --id): floors need a full run"
        )
    by_split = report["summary"].get("by_split", {})
    checks = [
        Check(split, measure, floor, by_split[split].get(measure))
        for split, measures in floors[translator].items()
        if split in by_split
        for measure, floor in measures.items()
    ]
    if not checks:
        raise HarnessError(
            f"the report's splits ({', '.join(by_split)}) have no floors for {translator!r}"
        )
    return checks
