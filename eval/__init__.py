"""kubequery's accuracy harness: question sets (`eval/cases/`) and the scorer that runs them.

`python -m eval --translator gold --split dev` (or `kq eval …` from a checkout) scores a
translator by execution accuracy; `eval/README.md` has the rules and the numbers.
"""
