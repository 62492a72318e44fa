"""The error catalog: every problem the toolkit reports about data has a stable code here.

Codes never change meaning once released; new problems get new codes. `docs/errors.md` is
generated from this catalog and each code has a negative example under tests/examples/invalid/.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ErrorType:
    code: str
    name: str
    title: str
    fix: str


# Decode problems (the file cannot be read as one JSON document).
FILE_UNREADABLE = ErrorType("AN101", "file-unreadable", "The file cannot be read", "Check that the path exists and is a readable file.")
NOT_UTF8 = ErrorType("AN102", "not-utf8", "The file is not valid UTF-8", "Save the file as UTF-8 (without a byte-order mark).")
BYTE_ORDER_MARK = ErrorType("AN103", "byte-order-mark", "The file starts with a UTF-8 byte-order mark", "Save the file as UTF-8 without a BOM (most editors call it 'UTF-8', not 'UTF-8 with BOM').")
JSON_SYNTAX = ErrorType("AN104", "json-syntax", "The file is not valid JSON", "Fix the JSON syntax at the given line and column; a truncated file must be restored in full.")
DUPLICATE_KEY = ErrorType("AN105", "duplicate-key", "A JSON object has the same key twice", "Remove or rename one of the repeated keys; JSON parsers silently keep only the last one.")
FILE_TOO_LARGE = ErrorType("AN106", "file-too-large", "The file is larger than the size limit", "Split the article or raise the limit with --max-bytes if the file is genuine.")
TOO_DEEP = ErrorType("AN107", "too-deep", "The JSON nests deeper than any document can", "Remove the deeply nested value; documents nest at most a few levels.")
NOT_AN_OBJECT = ErrorType("AN108", "not-an-object", "A document must be a JSON object", "Put one document object per file (or one per line in .jsonl), not an array or a scalar.")
UNSUPPORTED_FILE = ErrorType("AN109", "unsupported-file", "The file type is not a document", "Pass .json or .jsonl files, or a folder that contains them.")
SEED_HEADER = ErrorType("AN110", "seed-header", "A seed text file lacks its 'date YYYY-MM-DD' header", "Begin the file with 'date YYYY-MM-DD' (the publication date), then the article.")
SEED_EMPTY = ErrorType("AN111", "seed-empty", "A seed text file has no article text", "Put the article's text after the date header.")

# Schema problems.
WRONG_TYPE = ErrorType("AN201", "wrong-type", "A value has the wrong type", "Change the value to the type the schema expects.")
MISSING_FIELD = ErrorType("AN202", "missing-field", "A required field is missing", "Add the field; see schema/document.schema.json for its meaning.")
UNKNOWN_FIELD = ErrorType("AN203", "unknown-field", "A field is not part of the schema", "Remove the field or fix its spelling.")
NOT_ALLOWED = ErrorType("AN204", "value-not-allowed", "A value is not one of the allowed values", "Use one of the listed values.")
BAD_FORMAT = ErrorType("AN205", "bad-format", "A string does not have the required form", "Write the value in the form the message shows.")
OUT_OF_RANGE = ErrorType("AN206", "out-of-range", "A number or length is outside its allowed range", "Use a value inside the given bounds.")
SCHEMA_OTHER = ErrorType("AN207", "schema-violation", "The value violates the schema", "See schema/document.schema.json for the rule at this path.")
UNSUPPORTED_VERSION = ErrorType("AN208", "unsupported-schema-version", "The document's schema_version is not supported", "Set schema_version to a 1.x.y version, migrating the document if needed.")

# Semantic rules (what JSON Schema cannot say).
DUPLICATE_ID = ErrorType("AN301", "duplicate-id", "An id is used twice in the document", "Give each actor, event, stance and condition its own id.")
UNKNOWN_ACTOR = ErrorType("AN302", "unknown-actor", "A reference names an actor that does not exist", "Use the id of an actor in $.actors or add the actor.")
UNKNOWN_EVENT = ErrorType("AN303", "unknown-event", "A reference names an event that does not exist", "Use the id of an event in $.events or add the event.")
SPAN_OUT_OF_BOUNDS = ErrorType("AN304", "span-out-of-bounds", "A span lies outside the text", "Offsets are code-point indices into $.text, 0 <= start < end <= len(text).")
SPAN_EMPTY = ErrorType("AN305", "span-empty", "A span's start is not before its end", "Spans are half-open [start, end): make end greater than start.")
SPAN_TEXT_MISMATCH = ErrorType("AN306", "span-text-mismatch", "A span's text differs from the document text at its offsets", "Set the span's text to text[start:end] or fix the offsets.")
MODE_NOT_OF_TYPE = ErrorType("AN307", "mode-not-of-type", "The event's mode does not belong to its type", "Use one of the modes of this PLOVER category, or null.")
CONDITION_OVERLAP = ErrorType("AN308", "condition-overlap", "An event is both antecedent and consequent of one condition", "An event is either the condition or what depends on it, not both.")
ID_NOT_FILENAME = ErrorType("AN309", "id-not-filename", "The document id differs from its file name", "Name the file <id>.json or change $.id to match the file name.")

# Dataset-level problems (across files).
DUPLICATE_DOCUMENT = ErrorType("AN401", "duplicate-document-id", "Two documents have the same id", "Document ids must be unique across the dataset; rename one.")
DUPLICATE_TEXT = ErrorType("AN402", "duplicate-text", "Two documents have the same text", "Remove the copy, or merge the two documents' annotations into one.")
TEXT_CHANGED = ErrorType("AN403", "text-changed", "A source's text differs from the existing document with the same id", "Annotations are anchored to the old text: give the new text a new id, or re-ingest deliberately with --overwrite (annotations are lost).")

# Releases (annotate release, annotate export).
RELEASE_INVALID_DATA = ErrorType("AN701", "release-invalid-data", "The documents to release are not valid", "Run `annotate validate` on the documents folder and fix every error before releasing.")
RELEASE_BAD_VERSION = ErrorType("AN702", "release-bad-version", "The release version is not a semantic version X.Y.Z", "Pass --version as three numbers, e.g. 0.1.0 (no leading 'v', no suffix).")
RELEASE_VERSION_EXISTS = ErrorType("AN703", "release-version-exists", "This release version already exists", "Releases are never overwritten: choose a version greater than every existing one.")
RELEASE_VERSION_NOT_GREATER = ErrorType("AN704", "release-version-not-greater", "The release version is not greater than the latest release", "Choose a version greater than the latest tag in the release repository.")
RELEASE_NO_DOCUMENTS = ErrorType("AN705", "release-no-documents", "There are no documents to release", "Point --documents at a folder holding <id>.json documents.")
RELEASE_REPO_NOT_READY = ErrorType("AN706", "release-repo-not-ready", "The release folder is not a clean release repository on branch main", "Commit or discard changes in the release folder and check out main (git -C DIR checkout main), or choose another --out.")
HUB_TOKEN_MISSING = ErrorType("AN707", "hub-token-missing", "No Hugging Face token in the environment", "Set HF_TOKEN to a token with write access to the repository (never pass it on the command line).")
HUB_FAILED = ErrorType("AN708", "hub-failed", "The upload to the Hugging Face Hub failed", "Check the repository id, the token's permissions and the network, then run the release upload again.")
GIT_FAILED = ErrorType("AN709", "git-failed", "A git command in the release repository failed", "Check that git is installed and the release folder is a healthy git repository.")

# Label Studio round trip (annotate labelstudio ...).
LS_UNREACHABLE = ErrorType("AN601", "labelstudio-unreachable", "The Label Studio server does not answer", "Start it with `annotate labelstudio serve`, or set LABEL_STUDIO_URL to a running server.")
LS_AUTH = ErrorType("AN602", "labelstudio-auth", "Label Studio rejected the API token", "Set LABEL_STUDIO_API_KEY to a valid token of that server (legacy token, or enable legacy tokens in the organization).")
LS_API = ErrorType("AN603", "labelstudio-api", "Label Studio answered a request with an error", "Read the server's message; check the project and the server log.")
LS_TEXT_CHANGED = ErrorType("AN604", "labelstudio-text-changed", "A task's text differs from its document's text", "Annotations are anchored to the old text: give the new text a new document id, or delete the task in Label Studio if it holds no work.")
LS_BAD_OFFSETS = ErrorType("AN605", "labelstudio-bad-offsets", "A region's offsets do not fit the task text", "Redraw the region in Label Studio; offsets must lie inside the text and not split a character.")
LS_BAD_REGION = ErrorType("AN606", "labelstudio-bad-region", "A region or relation cannot be turned into the document format", "Fix the region in Label Studio: give events a status and stances a polarity, link relations to the right kind of region, write attributes as `key: value`.")
LS_NO_PROJECT = ErrorType("AN607", "labelstudio-no-project", "The Label Studio project does not exist", "Check the project title, or push documents first to create it.")
LS_NOT_CONFIGURED = ErrorType("AN608", "labelstudio-not-configured", "No Label Studio server is configured", "Run `annotate labelstudio serve`, or set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY.")
LS_DUPLICATE_TASK = ErrorType("AN609", "labelstudio-duplicate-task", "Several tasks carry the same document id", "Delete the extra tasks in Label Studio (keep the one with the annotations).")
LS_DOCUMENT_CHANGED = ErrorType("AN610", "labelstudio-document-changed", "A document file changed while it was being pushed", "Push again once nothing else is writing the documents; push reads them twice and sends only what it validated.")

# Pre-annotation, evaluation and PLOVER import (annotate preannotate / eval / import plover).
PLOVER_BAD_RECORD = ErrorType("AN501", "plover-bad-record", "A PLOVER record cannot be turned into a document", "Give each record an id, a text and a PLOVER (or legacy) event category, as in the PLOVER gold-standard files.")
EVAL_TEXT_DIFFERS = ErrorType("AN502", "eval-text-differs", "Gold and prediction have different text for the same document id", "Compare versions of the same document: both must carry exactly the same text (offsets are indices into it).")

CATALOG: tuple[ErrorType, ...] = tuple(v for v in list(globals().values()) if isinstance(v, ErrorType))
BY_CODE: dict[str, ErrorType] = {e.code: e for e in CATALOG}


@dataclass(frozen=True)
class Issue:
    """One located problem in one file."""

    file: str
    path: str
    code: str
    name: str
    message: str
    fix: str
    line: int | None = None
    column: int | None = None
    related: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if not self.related:
            data.pop("related")
        return data


def issue(error: ErrorType, file: str, path: str, message: str, *, line: int | None = None, column: int | None = None, **related: Any) -> Issue:
    return Issue(file=file, path=path, code=error.code, name=error.name, message=message, fix=error.fix, line=line, column=column, related=related)


class AnnotateError(Exception):
    """A failed operation the CLI reports as one line and exit 1 (never a traceback)."""


class DataError(AnnotateError):
    """Input data is invalid; carries the located issues."""

    def __init__(self, issues: list[Issue]):
        self.issues = issues
        first = issues[0] if issues else None
        summary = f"{first.file}: {first.path}: {first.code} {first.message}" if first else "invalid data"
        more = f" (and {len(issues) - 1} more)" if len(issues) > 1 else ""
        super().__init__(summary + more)
