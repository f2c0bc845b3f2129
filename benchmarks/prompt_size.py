"""Prompt size per DEV question, in tokens, with schema linking on and off.

    python benchmarks/prompt_size.py

Tokens are counted with tiktoken (cl100k_base) when it is installed, else estimated as
characters / 4; the output says which.
"""

from __future__ import annotations

import statistics
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.harness.cases import load_cases  # noqa: E402
from kubequery.catalog import default_catalog  # noqa: E402
from kubequery.translate.prompt import TOKENIZER, PromptEngine  # noqa: E402


def main() -> None:
    catalog = default_catalog()
    engine = PromptEngine()
    now = datetime(2024, 5, 1, tzinfo=UTC)
    cases = load_cases(split="dev")
    sizes: dict[bool, list[int]] = {True: [], False: []}
    for case in cases:
        for linking in (True, False):
            prompt = engine.build(
                case.question,
                catalog=catalog,
                now=now,
                namespace=case.namespace,
                conversation=case.conversation,
                schema_linking=linking,
            )
            sizes[linking].append(prompt.tokens)
    print(f"prompt size over {len(cases)} DEV questions, tokens ({TOKENIZER})")
    for linking in (True, False):
        s = sizes[linking]
        label = "on " if linking else "off"
        print(f"  schema linking {label}: median {statistics.median(s):.0f}, max {max(s)}")
    ratio = statistics.median(sizes[False]) / statistics.median(sizes[True])
    print(f"  linking shrinks the median prompt {ratio:.1f}x")


if __name__ == "__main__":
    main()
