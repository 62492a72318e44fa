"""The embedded local Label Studio: a pinned release in its own virtualenv, its own SQLite data
directory, bound to 127.0.0.1, with a headless admin user and API token.

Label Studio pins Django and dozens of other packages, so it never shares the project's venv;
this module only installs it (pip, into .labelstudio/venv), starts and stops the process, and
persists the URL and token in .labelstudio/server.json (mode 0600, gitignored). The rest of the
package talks to it over HTTP only.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from annotate.errors import AnnotateError

LABEL_STUDIO_VERSION = "1.23.2"
# Installed beside Label Studio in its venv for the speed tuning below (JSON columns and
# request bodies read and written by orjson); pinned like Label Studio itself.
SERVER_EXTRAS = {"orjson": "3.13.0"}
ADMIN_EMAIL = "annotate@example.org"
STATE_FILE = "server.json"
# Environment that keeps a local server offline and quiet: no version check against PyPI,
# no analytics, no Sentry reporting.
_OFFLINE_ENV = {
    "LATEST_VERSION_CHECK": "false",
    "COLLECT_ANALYTICS": "false",
    "SENTRY_DSN": "",
    "FRONTEND_SENTRY_DSN": "",
    "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
    "DJANGO_DB": "sqlite",
    "LOG_LEVEL": "WARNING",
    "PYTHONUNBUFFERED": "1",
}
# Server-side speed knobs, applied wherever this module starts a server (tests, benchmark, main
# job). Label Studio's own memory-efficient prediction import (a feature flag, off by default in
# 1.23) bulk-creates predictions instead of re-validating every region of every prediction with
# the SDK's LabelInterface (72 % of the server's time in a profiled push). Our predictions come
# from validated documents through the converter that the tests check against the generated
# config, so that validation would only re-prove what the tests prove.
_SPEED_ENV = {
    "fflag_fix_back_4620_memory_efficient_predictions_import_08012025_short": "true",
}
# A settings module layered over Label Studio's own (`label-studio start` honours
# DJANGO_SETTINGS_MODULE); written next to the state file at every start.
SETTINGS_MODULE = "annotate_labelstudio_settings"
SPEED_APP_MODULE = "annotate_labelstudio_speed"
_SETTINGS_OVERLAY = '''"""Written by annotate.labelstudio.server: Label Studio's settings plus speed knobs."""
import gc
import os

# Label Studio's settings read django.conf.settings while they are being imported; that nested
# read must load Label Studio's module (already half-imported), not this one.
os.environ["DJANGO_SETTINGS_MODULE"] = "label_studio.core.settings.label_studio"
from label_studio.core.settings.label_studio import *  # noqa: F401,F403,E402

os.environ["DJANGO_SETTINGS_MODULE"] = __name__

# Bulk imports and exports hold tens of MB of JSON as millions of small objects; with the
# default thresholds (700, 10, 10) the cyclic GC rescans them constantly (2.5x a parse, measured).
gc.set_threshold(100_000, 50, 100)
# This middleware json-decodes every request body a second time, only to send analytics, which
# this server never sends (COLLECT_ANALYTICS=false).
MIDDLEWARE = [m for m in MIDDLEWARE if m != "core.middleware.ContextLogMiddleware"]  # noqa: F405
# WAL: readers do not block the writer; synchronous=NORMAL is still safe when the process is
# killed (only a power loss can drop the last commits).
DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"  # noqa: F405
INSTALLED_APPS = [*INSTALLED_APPS, "annotate_labelstudio_speed.SpeedConfig"]  # noqa: F405
'''
# Every Project row Label Studio loads re-parses the label config's XML in Project.__init__
# (extract_data_types); task listings and exports load one Project per task, so for our config
# that parse was ~75 % of an export's server time (profiled). The result is a pure function of
# the config string: this app memoises it once Django's apps are loaded.
_SPEED_APP = '''"""Written by annotate.labelstudio.server: memoise Project's label-config parse, export
prediction ids without decoding the predictions, one Project instance per task-list page, JSON
request bodies decoded and exports serialised with the cyclic GC paused, no export copies left."""
import functools
import gc
import importlib
import io
import logging
import os
import sys
import threading

from django.apps import AppConfig

_gc_lock = threading.Lock()
_gc_state = {"depth": 0, "was_enabled": True}


def _without_gc(fn):
    """fn with the cyclic GC paused while any such call runs (threads overlap: the collector is
    re-enabled when the last one ends). Pauses are bounded by one request's work; whatever
    cycles appear meanwhile are collected afterwards."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with _gc_lock:
            if _gc_state["depth"] == 0:
                _gc_state["was_enabled"] = gc.isenabled()
                gc.disable()
            _gc_state["depth"] += 1
        try:
            return fn(*args, **kwargs)
        finally:
            with _gc_lock:
                _gc_state["depth"] -= 1
                if _gc_state["depth"] == 0 and _gc_state["was_enabled"]:
                    gc.enable()

    wrapper.no_gc = True
    return wrapper


class SpeedConfig(AppConfig):
    name = "annotate_labelstudio_speed"

    def ready(self) -> None:
        # Each tuning is written against Label Studio 1.23.2 (the pinned version). If another
        # release moved what it patches, the server runs untuned rather than not at all.
        for tune in (self._memoise_label_config_parse, self._light_export_predictions,
                     self._one_project_per_task_page, self._parse_json_bodies_without_gc,
                     self._export_without_gc_or_leftovers, self._imports_without_gc,
                     self._orjson_for_json):
            try:
                tune()
            except Exception:  # noqa: BLE001
                logging.getLogger(__name__).warning("speed tuning %s not applied", tune.__name__, exc_info=True)

    @staticmethod
    def _memoise_label_config_parse() -> None:
        # Both spellings of the module exist (Label Studio puts its own folder on sys.path):
        # replace the function where it is defined, so later imports bind the memoised one,
        # and in every module that already imported it.
        originals = set()
        names = [n for n in ("core.label_config", "label_studio.core.label_config") if n in sys.modules]
        for name in names or ["core.label_config"]:
            module = importlib.import_module(name)
            original = getattr(module, "extract_data_types", None)
            if original is not None and not hasattr(original, "memoised"):
                originals.add(original)
        if not originals:
            return
        cached = {fn: functools.lru_cache(maxsize=64)(fn) for fn in originals}

        def memoise(fn):
            def extract_data_types(label_config, _cached=cached[fn]):
                return dict(_cached(label_config))  # a copy: callers may keep and change it
            extract_data_types.memoised = True
            return extract_data_types

        replacements = {fn: memoise(fn) for fn in originals}
        for module in list(sys.modules.values()):
            try:
                current = getattr(module, "extract_data_types", None)
            except Exception:  # noqa: BLE001 - lazy modules may raise on any attribute
                continue
            if current in replacements:
                module.extract_data_types = replacements[current]

    @staticmethod
    def _parse_json_bodies_without_gc() -> None:
        """A bulk import body is tens of MB of JSON; while it is being decoded every object is
        alive, so each cyclic-GC pass rescans millions of them for nothing (the decode took 4x
        its GC-free time in the server, profiled). A JSON tree holds no reference cycle: decode
        with the collector paused."""
        parsers = importlib.import_module("rest_framework.parsers")
        if not hasattr(parsers.JSONParser.parse, "no_gc"):
            parsers.JSONParser.parse = _without_gc(parsers.JSONParser.parse)

    @staticmethod
    def _orjson_for_json() -> None:
        """Django's JSON columns and DRF's JSON request bodies go through the stdlib json
        module: a push spent 45 % of its server time there (profiled: decoding the bulk body,
        then encoding every prediction result again for its row), a pull 20 % decoding
        annotation results. orjson does the same work several times faster. It is used only
        where it gives the same values: anything it refuses (NaN or Infinity in JSON text,
        integers beyond 64 bits when writing, non-UTF-8 bodies, non-string keys, custom
        encoders or decoders) goes the original way, and so does any text with a run of 19
        digits (orjson would read an integer beyond 64 bits as a float). Rows are written
        compact and with raw UTF-8 instead of escaped non-ASCII: the same JSON values. One
        difference is left: a NaN or infinite float that Label Studio's own code puts into a
        JSON column is stored as null (json.dumps wrote NaN, which is not JSON)."""
        try:
            import orjson
        except ImportError:
            return  # a venv without the extra: stdlib json as shipped
        operations = importlib.import_module("django.db.backends.base.operations")
        fields = importlib.import_module("django.db.models.fields.json")
        parsers = importlib.import_module("rest_framework.parsers")
        if hasattr(operations.BaseDatabaseOperations.adapt_json_value, "orjson"):
            return
        adapt = operations.BaseDatabaseOperations.adapt_json_value
        from_db = fields.JSONField.from_db_value
        parse = parsers.JSONParser.parse
        # Types orjson writes but json.dumps refuses: let those reach json.dumps and its error.
        strict = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS

        def adapt_json_value(self, value, encoder):
            if encoder is None:
                try:
                    return orjson.dumps(value, option=strict).decode("utf-8")
                except TypeError:  # orjson.JSONEncodeError is a TypeError
                    pass
            return adapt(self, value, encoder)

        # A run of 19 digits, found at C speed: digits mapped to "0", the rest to " ", then a
        # substring search (a [0-9]{19} regex tries every position: ~1 ms per 40 kB, profiled).
        digits_as_zero = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))

        def has_long_number(data):
            return b"0" * 19 in data.translate(digits_as_zero)

        def from_db_value(self, value, expression, connection):
            if self.decoder is None and isinstance(value, str) and not has_long_number(value.encode("utf-8", "surrogatepass")):
                try:
                    return orjson.loads(value)
                except orjson.JSONDecodeError:
                    pass
            return from_db(self, value, expression, connection)

        def json_parse(self, stream, media_type=None, parser_context=None):
            encoding = (parser_context or {}).get("encoding") or "utf-8"
            body = stream.read()
            if encoding.lower().replace("_", "-") in ("utf-8", "utf8") and not has_long_number(body):
                try:
                    return orjson.loads(body)
                except orjson.JSONDecodeError:
                    pass
            return parse(self, io.BytesIO(body), media_type, parser_context)

        adapt_json_value.orjson = True
        operations.BaseDatabaseOperations.adapt_json_value = adapt_json_value
        fields.JSONField.from_db_value = from_db_value
        parsers.JSONParser.parse = _without_gc(json_parse)

    @staticmethod
    def _imports_without_gc() -> None:
        """A bulk import (tasks, or their predictions) decodes tens of MB of JSON and keeps it
        alive as request.data while it writes rows; the request and its view reference each
        other, so that data stays alive in a cycle until a collection walks all of it (14 % of
        a push's server time, profiled, even with the body decoded GC-free). Run the import
        with the collector paused and let go of the decoded body before it resumes."""
        api = importlib.import_module("data_import.api")

        def lean(original):
            @_without_gc
            def create(self, request, *args, **kwargs):
                try:
                    return original(self, request, *args, **kwargs)
                finally:
                    for attr in ("_full_data", "_data"):
                        if isinstance(request.__dict__.get(attr), list):
                            setattr(request, attr, [])  # the response is built; nothing reads it again

            create.lean = True
            return create

        for view in (api.ImportAPI, api.ImportPredictionsAPI):
            if not hasattr(view.create, "lean"):
                view.create = lean(view.create)

    @staticmethod
    def _export_without_gc_or_leftovers() -> None:
        """GET /api/projects/<id>/export decodes every annotation's result (tens of KB of JSON
        each) and keeps a page of them alive: with the collector running, the decode took 7x
        its GC-free time (profiled; 60 % of a pull's server time). Pausing the collector is not
        enough: the tasks and their prefetched annotations reference each other, and so do a
        list serialiser and its child, which caches the output; the decoded results stay alive
        in those cycles until a collection walks all of them (profiled: as long as the decode
        itself). Once the response exists, empty those model instances and serialisers so
        plain reference counting frees everything. The endpoint also leaves a copy of every export
        under EXPORT_DIR, "for logging", which nothing reads back and which grew by ~70 KB per
        pulled task: delete that copy once the response file is open."""
        api = importlib.import_module("data_export.api")
        models = importlib.import_module("data_export.models")
        if hasattr(api.ExportAPI.get, "no_gc"):
            return
        saved = threading.local()
        original_save = models.DataExport.save_export_files

        def save_export_files(project, now, get_args, data, md5, name):
            path = original_save(project, now, get_args, data, md5, name)
            getattr(saved, "paths", []).append(path)
            return path

        original_get = api.ExportAPI.get
        serializer_class = api.ExportDataSerializer

        def recorded_serializer(*args, **kwargs):
            made = serializer_class(*args, **kwargs)
            getattr(saved, "serializers", []).append(made)
            return made

        @_without_gc  # the emptying below must happen before any collection runs
        def get(self, request, *args, **kwargs):
            saved.paths, saved.serializers = [], []
            made = []
            inner = self.get_task_queryset

            def get_task_queryset(queryset):
                made.append(inner(queryset))
                return made[-1]

            self.get_task_queryset = get_task_queryset  # this view instance serves one request
            try:
                return original_get(self, request, *args, **kwargs)
            finally:
                for qs in made:
                    for task in qs._result_cache or ():
                        for related in (task.__dict__.get("_prefetched_objects_cache") or {}).values():
                            for obj in related:
                                obj.__dict__.clear()
                        task.__dict__.clear()
                made.clear()
                for serializer in saved.serializers:
                    serializer.__dict__.clear()
                saved.serializers = []
                for path in saved.paths:
                    for leftover in (path, path[:-len(".json")] + "-info.json"):
                        try:
                            os.unlink(leftover)  # the response streams from the converter's own copy
                        except OSError:
                            pass
                saved.paths = []

        get.no_gc = True
        models.DataExport.save_export_files = staticmethod(save_export_files)
        api.ExportDataSerializer = recorded_serializer  # the name ExportAPI.get calls
        api.ExportAPI.get = get

    @staticmethod
    def _light_export_predictions() -> None:
        """GET /api/projects/<id>/export lists each task's predictions by id only (it expands
        drafts, never predictions), yet prefetches whole predictions and JSON-decodes every
        result: half of a pull's server time. Prefetch their ids only; the output is the same."""
        from django.db.models import Prefetch

        api = importlib.import_module("data_export.api")
        models = importlib.import_module("tasks.models")
        original = api.ExportAPI.get_task_queryset
        if hasattr(original, "light"):
            return

        def get_task_queryset(self, queryset):
            qs = original(self, queryset)
            light = Prefetch("predictions", queryset=models.Prediction.objects.only("id", "task_id"))
            lookups = [light if lookup == "predictions" else lookup for lookup in qs._prefetch_related_lookups]
            return qs.prefetch_related(None).prefetch_related(*lookups)

        get_task_queryset.light = True
        api.ExportAPI.get_task_queryset = get_task_queryset

    @staticmethod
    def _one_project_per_task_page() -> None:
        """GET /api/projects/<id>/tasks/ loads the task's project again for every task (a query
        and a JSON decode of the project row, ~0.7 ms each: most of a task listing's time). All
        tasks of the page belong to the URL's project: give them that one instance."""
        api = importlib.import_module("projects.api")
        models = importlib.import_module("projects.models")
        original = api.ProjectTaskListAPI.filter_queryset
        if hasattr(original, "shared"):
            return

        def filter_queryset(self, queryset):
            page = original(self, queryset)
            project = None
            for task in page:
                if project is None or task.project_id != project.pk:
                    project = models.Project.objects.get(pk=task.project_id)
                task.project = project
            return page

        filter_queryset.shared = True
        api.ProjectTaskListAPI.filter_queryset = filter_queryset
'''


@dataclass
class ServerState:
    """What a started local server needs to be reached again (persisted, mode 0600)."""

    url: str
    token: str
    port: int
    pid: int | None
    username: str
    password: str
    data_dir: str


def project_root(start: Path | None = None) -> Path:
    """The nearest ancestor holding pyproject.toml or .git (the project), else the start dir."""
    here = (start or Path.cwd()).resolve()
    for parent in (here, *here.parents):
        if (parent / "pyproject.toml").is_file() or (parent / ".git").exists():
            return parent
    return here


def default_home() -> Path:
    """.labelstudio/ under the project (ANNOTATE_LABELSTUDIO_HOME overrides)."""
    env = os.environ.get("ANNOTATE_LABELSTUDIO_HOME")
    return Path(env).resolve() if env else project_root() / ".labelstudio"


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o700)
    return path


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def label_studio_bin(venv: Path) -> Path:
    return venv / "bin" / "label-studio"


def installed_versions(venv: Path) -> dict[str, str | None]:
    """The installed version of label-studio and of each server extra in venv (None: missing)."""
    names = ["label-studio", *SERVER_EXTRAS]
    py = venv_python(venv)
    if not py.exists():
        return dict.fromkeys(names)
    code = ("import importlib.metadata as m, json, sys\n"
            "def v(n):\n    try:\n        return m.version(n)\n    except m.PackageNotFoundError:\n        return None\n"
            "print(json.dumps({n: v(n) for n in sys.argv[1:]}))")
    out = subprocess.run([str(py), "-c", code, *names], capture_output=True, text=True)
    return json.loads(out.stdout) if out.returncode == 0 else dict.fromkeys(names)


def installed_version(venv: Path) -> str | None:
    return installed_versions(venv)["label-studio"]


def ensure_installed(venv: Path, *, version: str = LABEL_STUDIO_VERSION, python: str | None = None) -> Path:
    """Create the virtualenv with label-studio==version (and the pinned server extras) unless
    they are already there; return the binary."""
    wanted = {"label-studio": version, **SERVER_EXTRAS}
    if installed_versions(venv) == wanted and label_studio_bin(venv).exists():
        return label_studio_bin(venv)
    _private_dir(venv.parent)
    base = python or os.environ.get("ANNOTATE_LABELSTUDIO_PYTHON") or sys.executable
    steps = [
        [base, "-m", "venv", str(venv)],
        [str(venv_python(venv)), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
        [str(venv_python(venv)), "-m", "pip", "install", "--quiet", *(f"{name}=={v}" for name, v in wanted.items())],
    ]
    for cmd in steps:
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["(no output)"]
            raise AnnotateError(f"installing Label Studio failed at `{' '.join(cmd[:4])} …`: {tail[0]}")
    return label_studio_bin(venv)


def free_port() -> int:
    """A TCP port nobody listens on right now on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load_state(home: Path) -> ServerState | None:
    path = home / STATE_FILE
    if not path.is_file():
        return None
    try:
        return ServerState(**json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError):
        return None


def save_state(home: Path, state: ServerState) -> None:
    """Write the state file atomically, readable by the owner only (it holds the token)."""
    _private_dir(home)
    path = home / STATE_FILE
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(state), fh)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def is_healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        return httpx.get(f"{url.rstrip('/')}/health", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def settings_env(settings_dir: Path, pythonpath: str | None = None) -> dict[str, str]:
    """Write the settings overlay and the speed app into settings_dir; the environment
    variables that make a Label Studio process load them."""
    _private_dir(settings_dir)
    (settings_dir / f"{SETTINGS_MODULE}.py").write_text(_SETTINGS_OVERLAY, encoding="utf-8")
    (settings_dir / f"{SPEED_APP_MODULE}.py").write_text(_SPEED_APP, encoding="utf-8")
    return {"DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
            "PYTHONPATH": os.pathsep.join(p for p in (str(settings_dir), pythonpath) if p)}


def start(home: Path | None = None, *, port: int | None = None, data_dir: Path | None = None, venv: Path | None = None, timeout: float = 300.0, log_file: Path | None = None) -> ServerState:
    """Start (installing first if needed) a local Label Studio and wait until /health answers.

    Reuses a server already running from the same home. The admin user and legacy API token are
    created headlessly through Label Studio's own environment variables, never via argv, so the
    token does not show in `ps`.
    """
    home = _private_dir(home or default_home())
    previous = load_state(home)
    if previous and _pid_alive(previous.pid) and is_healthy(previous.url):
        return previous
    binary = ensure_installed(venv or home / "venv")
    data = _private_dir(Path(data_dir) if data_dir else home / "data")
    # Keep the credentials of a data dir across restarts: the user and token live in its database.
    if previous and Path(previous.data_dir) == data.resolve():
        token, password = previous.token, previous.password
    else:
        token, password = secrets.token_hex(20), secrets.token_urlsafe(16)
    port = port or free_port()
    env = {**os.environ, **_OFFLINE_ENV, **_SPEED_ENV,
           "LABEL_STUDIO_BASE_DATA_DIR": str(data.resolve()),
           "LABEL_STUDIO_USERNAME": ADMIN_EMAIL,
           "LABEL_STUDIO_PASSWORD": password,
           "LABEL_STUDIO_USER_TOKEN": token}
    for leaked in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY"):
        env.pop(leaked, None)
    env.update(settings_env(home / "settings", env.get("PYTHONPATH")))
    log = open(log_file or home / "server.log", "ab")  # noqa: SIM115 - handed to the child
    proc = subprocess.Popen(
        [str(binary), "start", "--no-browser", "--enable-legacy-api-token", "--internal-host", "127.0.0.1", "--port", str(port), "--data-dir", str(data.resolve())],
        env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    state = ServerState(url=url, token=token, port=port, pid=proc.pid, username=ADMIN_EMAIL, password=password, data_dir=str(data.resolve()))
    save_state(home, state)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AnnotateError(f"Label Studio exited during startup (code {proc.returncode}); see {log.name}")
        if is_healthy(url, timeout=1.0):
            return state
        time.sleep(0.3)
    stop(home)
    raise AnnotateError(f"Label Studio did not answer {url}/health within {timeout:.0f} s; see {log.name}")


def stop(home: Path | None = None, *, timeout: float = 20.0) -> bool:
    """Stop the server started from this home (its whole process group). True if one was running."""
    home = home or default_home()
    state = load_state(home)
    if not state or not _pid_alive(state.pid):
        return False
    assert state.pid is not None
    try:
        os.killpg(state.pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _pid_alive(state.pid):
        try:
            os.waitpid(state.pid, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.2)
    if _pid_alive(state.pid):
        os.killpg(state.pid, signal.SIGKILL)
    save_state(home, ServerState(**{**asdict(state), "pid": None}))
    return True
