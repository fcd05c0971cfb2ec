#!/usr/bin/env python3
"""Checks a GitHub Actions workflow file as far as can be done offline: it
parses as YAML, and its keys, steps, permissions and expressions follow the
workflow syntax (the rules of SchemaStore's github-workflow schema that such
a file can break). Prints each problem; exits 1 if there is one.

    check_workflow.py WORKFLOW.yml
"""
import re
import sys

import yaml

TOP = {"name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs"}
JOB = {"name", "needs", "permissions", "runs-on", "environment", "concurrency", "outputs", "env",
       "defaults", "if", "steps", "timeout-minutes", "strategy", "continue-on-error", "container",
       "services"}
STEP = {"id", "if", "name", "uses", "run", "working-directory", "shell", "with", "env",
        "continue-on-error", "timeout-minutes"}
EVENTS = {"push", "pull_request", "pull_request_target", "workflow_dispatch", "schedule",
          "workflow_call", "workflow_run", "release", "merge_group"}
PERMISSIONS = {"actions", "checks", "contents", "deployments", "id-token", "issues", "discussions",
               "packages", "pages", "pull-requests", "repository-projects", "security-events",
               "statuses", "attestations"}
USES = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[A-Za-z0-9_.-]+$")
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}")


def check(workflow):
    problems = []
    if not isinstance(workflow, dict):
        return ["the workflow is not a mapping"]
    # YAML 1.1 reads the key `on` as true.
    if True in workflow:
        workflow["on"] = workflow.pop(True)
    problems += [f"unknown top-level key '{k}'" for k in workflow if k not in TOP]
    for key in ("on", "jobs"):
        if key not in workflow:
            problems.append(f"'{key}' is missing")
    events = workflow.get("on") or {}
    events = events if isinstance(events, dict) else {e: None for e in (events if isinstance(events, list) else [events])}
    problems += [f"unknown event '{e}'" for e in events if e not in EVENTS]
    for scope, permissions in [("workflow", workflow.get("permissions", {}))]:
        for name, level in (permissions or {}).items():
            if name not in PERMISSIONS or level not in ("read", "write", "none"):
                problems.append(f"{scope} permission '{name}: {level}' is not valid")
    for job_id, job in (workflow.get("jobs") or {}).items():
        problems += check_job(job_id, job)
    return problems


def check_job(job_id, job):
    problems = [f"job {job_id}: unknown key '{k}'" for k in job if k not in JOB]
    if "runs-on" not in job:
        problems.append(f"job {job_id}: 'runs-on' is missing")
    steps = job.get("steps")
    if not isinstance(steps, list) or not steps:
        return problems + [f"job {job_id}: 'steps' must be a non-empty list"]
    ids = {step.get("id") for step in steps if isinstance(step, dict)}
    for number, step in enumerate(steps, 1):
        where = f"job {job_id}, step {number}"
        problems += [f"{where}: unknown key '{k}'" for k in step if k not in STEP]
        if ("uses" in step) == ("run" in step):
            problems.append(f"{where}: needs exactly one of 'uses' and 'run'")
        if "uses" in step and not USES.match(step["uses"]):
            problems.append(f"{where}: 'uses: {step['uses']}' is not owner/repo@ref")
        if "with" in step and "uses" not in step:
            problems.append(f"{where}: 'with' without 'uses'")
        for text in strings(step):
            for expression in EXPRESSION.findall(text):
                for used in re.findall(r"steps\.([A-Za-z_][A-Za-z0-9_-]*)\.", expression):
                    if used not in ids:
                        problems.append(f"{where}: expression names step '{used}', which no step has as id")
            if text.count("${{") != text.count("}}"):
                problems.append(f"{where}: unbalanced '${{{{ }}}}' in {text!r}")
        if "if" in step:
            for used in re.findall(r"steps\.([A-Za-z_][A-Za-z0-9_-]*)\.", str(step["if"])):
                if used not in ids:
                    problems.append(f"{where}: 'if' names step '{used}', which no step has as id")
    return problems


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        try:
            workflow = yaml.safe_load(file)
        except yaml.YAMLError as error:
            print(f"{sys.argv[1]}: not YAML: {error}")
            return 1
    problems = check(workflow)
    for problem in problems:
        print(f"{sys.argv[1]}: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
