"""The built wheel, installed into a fresh venv, carries its data folders and runs `kq`."""

from __future__ import annotations

import json
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(REPO)],
        check=True, capture_output=True,
    )
    (built,) = out.glob("kubequery-*.whl")
    return built


def test_wheel_ships_adapters_prompts_and_web(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "kubequery/_data/adapters/pods.yaml" in names
    assert "kubequery/_data/adapters/_common.yaml" in names
    assert any(n.startswith("kubequery/_data/prompts/") for n in names)
    assert any(n.startswith("kubequery/_data/web/") for n in names)


def test_installed_wheel_runs_kq_on_the_demo(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    # Dependencies come from this environment (no network in tests); kubequery itself only from the wheel.
    purelib = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    deps = [p for p in site.getsitepackages() + [site.getusersitepackages()] if Path(p).is_dir()]
    (Path(purelib) / "_deps.pth").write_text("\n".join(deps) + "\n")
    subprocess.run([py, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True)

    where = subprocess.run([py, "-c", "import kubequery; print(kubequery.__file__)"],
                           capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    assert where.startswith(str(env_dir))

    kq = env_dir / "bin" / "kq"
    result = subprocess.run(
        [kq, "--demo", "-o", "json", "--sql", "SELECT count(*) AS pods FROM pods WHERE status = 'CrashLoopBackOff'"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["pods"] >= 1
    described = subprocess.run([kq, "describe", "pods"], capture_output=True, text=True, cwd=tmp_path)
    assert described.returncode == 0 and "kubectl" in described.stdout
