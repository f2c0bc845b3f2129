"""README stays honest: every `kq` and `python -m kubequery.demo` line of its tour runs."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kubequery.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"


def _tour_commands() -> list[list[str]]:
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(), flags=re.S)
    commands = []
    for block in blocks:
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith(("kq ", "python -m kubequery.demo")):
                commands.append(shlex.split(line))
    return commands


def test_readme_has_a_tour():
    assert len(_tour_commands()) >= 6


def test_every_tour_command_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    for argv in _tour_commands():
        if argv[0] == "python":
            subprocess.run([sys.executable, *argv[1:]], check=True, cwd=tmp_path)
            continue
        result = runner.invoke(main, argv[1:], catch_exceptions=False)
        assert result.exit_code == 0, (argv, result.output)
        assert result.stdout.strip(), argv


@pytest.mark.parametrize("needle", ['kq --demo "', "python -m pytest -q"])
def test_the_two_commands_are_there(needle):
    first_block = re.search(r"## Two commands(.*?)## ", README.read_text(), flags=re.S).group(1)
    assert needle in first_block
