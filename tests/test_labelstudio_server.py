"""The local server's speed tuning: every patch applies to the pinned Label Studio, and the JSON
it reads and writes through orjson gives exactly the values the stdlib json gave.

Runs Django's setup of the pinned Label Studio (its own venv) with our settings overlay in a
temporary data directory; no server is started.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from annotate.labelstudio import server

pytestmark = pytest.mark.labelstudio

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".labelstudio" / "venv"

CHECK = r'''
import importlib, io, json, math, sys
import django
django.setup()
from django.db import connection
from django.db.models import JSONField
from rest_framework.parsers import JSONParser
api_export = importlib.import_module("data_export.api")
api_import = importlib.import_module("data_import.api")
applied = {
    "export": hasattr(api_export.ExportAPI.get, "no_gc"),
    "export_predictions": hasattr(api_export.ExportAPI.get_task_queryset, "light"),
    "imports": all(hasattr(v.create, "lean") for v in (api_import.ImportAPI, api_import.ImportPredictionsAPI)),
    "task_list": hasattr(importlib.import_module("projects.api").ProjectTaskListAPI.filter_queryset, "shared"),
    "request_bodies": hasattr(JSONParser.parse, "no_gc"),
    "label_config": hasattr(importlib.import_module("core.label_config").extract_data_types, "memoised"),
    "orjson_rows": hasattr(connection.ops.adapt_json_value, "orjson"),
}
values = json.loads(sys.stdin.read())
field = JSONField()
same_rows = [field.from_db_value(connection.ops.adapt_json_value(v, None), None, connection) == v for v in values]
texts = [json.dumps(v) for v in values] + ["[18446744073709551616, -9223372036854775809, 1e400]", '{"a": 1, "a": 2}']
same_reads = [field.from_db_value(t, None, connection) == json.loads(t) for t in texts]
same_bodies = [JSONParser().parse(io.BytesIO(t.encode()), "application/json", {}) == json.loads(t) for t in texts[:-2] + ['{"a": 1, "a": 2}']]
print(json.dumps({"applied": applied, "rows": same_rows, "reads": same_reads, "bodies": same_bodies}))
'''

VALUES = [
    {"text": "Erdoğan 😀 met\u00a0 Zelensky 🇺🇦\r\n", "labels": ["person"], "start": 0, "end": 7},
    [1.5, 1e-05, 2.5e-300, 1e16, -0.0, 0.1 + 0.2, 9007199254740993, 2**63, 2**64 - 1, 10**30, -(2**63) - 1],
    {"nested": [{"a": None, "b": True, "c": [[], {}]}], "quote": "\"\\/\u2028\u0000"},
    "a plain string", 42, None,
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    server.ensure_installed(VENV)
    py = str(server.venv_python(VENV))
    package = subprocess.run([py, "-c", "import label_studio, os; print(os.path.dirname(label_studio.__file__))"], capture_output=True, text=True, check=True).stdout.strip()
    data = tmp_path_factory.mktemp("ls-data")
    env = {**os.environ, **server._OFFLINE_ENV, "LABEL_STUDIO_BASE_DATA_DIR": str(data), **server.settings_env(data / "settings", package)}
    out = subprocess.run([py, "-c", CHECK], input=json.dumps(VALUES), env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_every_speed_tuning_applies_to_the_pinned_label_studio(report: dict) -> None:
    assert report["applied"] == dict.fromkeys(report["applied"], True) and len(report["applied"]) == 7


def test_json_columns_give_back_exactly_what_was_stored(report: dict) -> None:
    assert report["rows"] == [True] * len(VALUES)
    assert all(report["reads"])


def test_request_bodies_decode_as_the_stdlib_json_does(report: dict) -> None:
    assert all(report["bodies"]) and len(report["bodies"]) == len(VALUES) + 1
