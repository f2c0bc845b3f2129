"""The eval harness: load cases, translate, run gold and predicted SQL, score, report.

Modules follow the pipeline: `cases` (load and check the question sets), `translators`
(the interface and the registry), `score` (compare two answers, name the outcome),
`run` (the parallel, resumable runner), `report` (summary, JSON and markdown), `compare`
(two reports case by case), `floors` (CI's minimum scores) and `cli`.
"""
