"""Assert the publishing workflow deploys only a commit whose lint and tests have passed."""

from __future__ import annotations

from typing import Any

import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def _jobs() -> dict[str, Any]:
    jobs: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    return jobs


def _runs(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job.get("steps", []) if "run" in step]


def _needs(job: dict[str, Any]) -> set[str]:
    needs = job.get("needs", [])
    return {needs} if isinstance(needs, str) else set(needs)


def _upstream(jobs: dict[str, Any], name: str) -> set[str]:
    """Every job that must finish before ``name`` starts, directly or through another."""
    seen: set[str] = set()
    todo = list(_needs(jobs[name]))
    while todo:
        job = todo.pop()
        if job not in seen:
            seen.add(job)
            todo.extend(_needs(jobs[job]))
    return seen


def test_deploy_waits_for_lint_and_tests() -> None:
    """Assert a job upstream of every deploy step runs ``make lint`` and then ``make test``."""
    jobs = _jobs()
    deployers = [
        name
        for name, job in jobs.items()
        if any("deploy-pages" in step.get("uses", "") for step in job.get("steps", []))
    ]
    assert deployers, "no job deploys the site"
    for name in deployers:
        checks = [_runs(jobs[up]) for up in _upstream(jobs, name)]
        assert any(
            "make lint" in runs and "make test" in runs and runs.index("make lint") < runs.index("make test")
            for runs in checks
        ), f"{name} can deploy without make lint and make test passing"


def test_ci_runs_lint_and_tests() -> None:
    """Assert ``.ci/run`` runs the README's lint and test commands, lint first."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make lint" in script and "make test" in script
    assert script.index("make lint") < script.index("make test")
