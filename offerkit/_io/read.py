"""Reading raw tables: bytes → text → a DataFrame of strings with line numbers.

Every cell is read as text, so the report can quote what the user wrote.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import re
import sys
import warnings

import numpy as np
import pandas as pd

from .._core.errors import DataError
from .._core.text import stripped
from .markdown import has_pipe_table, markdown_table

__all__ = ["RawTable", "read_table", "raw_from_frame"]

_DELIMITERS = ",;\t|"
_LEADING = re.compile("[\ufeff \t\r\n]*")


@dataclasses.dataclass
class RawTable:
    """One input table as text.

    Attributes
    ----------
    frame : pandas.DataFrame
        Every cell a ``str``; blank lines removed.  The loader's events share
        these arrays (no copy of a million cells): nothing writes into them
        in place.
    rows : numpy.ndarray
        1-based line number in the file of each record (header = line 1).
    name : str
        The file name shown in messages.
    notes : list of str
        What was done while reading (encoding guessed, blank lines, ...).
    problems : list of tuple
        ``(row, column, value, problem)`` found while reading; those records
        are not in ``frame`` and are counted as set aside.
    codes : dict, optional
        ``{column: (codes, uniques)}``: the columns as the parser factorized
        them (fast path only), so that the loader strips, maps and parses
        each distinct value once without hashing the column again.
        ``uniques[codes]`` equals ``frame[column]``.
    """

    frame: pd.DataFrame
    rows: object
    name: str
    notes: list
    problems: list
    rejected: list
    codes: dict = None


def _decode(data: bytes, notes: list) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        notes.append("read as UTF-16")
        return data.decode("utf-16", errors="replace")
    head = data[:4000]
    if head and head.count(b"\x00") > len(head) // 4:
        even = head[0::2].count(b"\x00")
        odd = head[1::2].count(b"\x00")
        encoding = "utf-16-be" if even > odd else "utf-16-le"
        notes.append(f"read as {encoding.upper()} (no byte-order mark)")
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # line by line: a UTF-8 file with a few Windows-1252 lines (pasted from an old sheet) keeps its UTF-8 accents
    lines = data.split(b"\n")
    utf8, other = [], []
    out = []
    for number, line in enumerate(lines, 1):
        try:
            out.append(line.decode("utf-8"))
            if not line.isascii():
                utf8.append(number)
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
            other.append(number)
    if utf8:  # both encodings in one file: each line in the one that reads it cleanly
        shown = ", ".join(map(str, other[:5])) + (" ..." if len(other) > 5 else "")
        notes.append(
            f"mixed encodings: line(s) {shown} read as Windows-1252, the rest as UTF-8; save the file "
            "as UTF-8 to be sure of accents"
        )
        return "\n".join(out)
    notes.append("not UTF-8: read as Windows-1252; save the file as UTF-8 to be sure of accents")
    return data.decode("cp1252", errors="replace")


def _sniff_delimiter(text: str) -> str:
    end = text.find("\n")
    header = text[: end if end >= 0 else len(text)]
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


#: cells as large as the C parser reads (the csv module's default stops at 131,072 characters): set once, before any parse
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _unclosed_quote(text: str, sep: str):
    """The position of a quote that opens a cell and never closes (the file's end reached inside it), or None."""
    inside, start, i, n = False, -1, 0, len(text)
    while i < n:
        c = text[i]
        if inside:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 1  # an escaped quote
                else:
                    inside = False
        elif c == '"' and (i == 0 or text[i - 1] in (sep, "\n")):
            inside, start = True, i
        i += 1
    return start if inside else None


def _close_open_quote(text: str, sep: str, notes: list) -> str:
    """Read a file whose last quoted cell never closes as if that quote were not there, and say so.

    Otherwise every line after the quote would become one cell, and those rows
    would vanish without a word (issue #28).
    """
    start = _unclosed_quote(text, sep)
    if start is None:
        return text
    line = text.count("\n", 0, start) + 1
    swallowed = text.count("\n", start) - (1 if text.endswith("\n") else 0)
    notes.append(
        f"line {line}: a quote opens a cell and never closes, which would have read the {swallowed} line(s) "
        "after it as one cell: read as if that quote were not there (close it in the file to be sure)"
    )
    return text[:start] + text[start + 1 :]


def _records_with_csv(text: str, sep: str):
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    records, lines = [], []
    start = 1
    for record in reader:
        records.append(record)
        lines.append(start)
        start = reader.line_num + 1
    return records, lines


_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_ODS = {
    "table": "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}",
    "office": "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}",
    "text": "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}",
}


def _is_ods(data: bytes) -> bool:
    """A LibreOffice / OpenDocument spreadsheet (.ods): a zip whose ``mimetype`` says so."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "mimetype" in z.namelist() and z.read("mimetype").strip() == _ODS_MIME
    except zipfile.BadZipFile:
        return False


def read_ods(data: bytes, name: str) -> list:
    """Every sheet of an OpenDocument spreadsheet (LibreOffice's .ods) that looks like a tracker, as for .xlsx.

    Read with the standard library (``content.xml``): dates as ISO dates, numbers as written, text as
    shown; a cell repeated across columns or rows (how the format writes a run of equal cells) is repeated,
    and the empty runs that pad a sheet to its last column and row are dropped.
    """
    import xml.etree.ElementTree as ET
    import zipfile

    T, OFF, X = _ODS["table"], _ODS["office"], _ODS["text"]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = sum(i.file_size for i in z.infolist())
            if total > MAX_WORKBOOK_BYTES:
                raise DataError(
                    f"{name}: this spreadsheet unpacks to {total / 1024**2:,.0f} MB, more than any tracker "
                    f"({MAX_WORKBOOK_BYTES // 1024**2} MB is the limit). Save the sheet as CSV (UTF-8) and load that."
                )
            root = ET.fromstring(z.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as exc:
        raise DataError(
            f"{name}: this OpenDocument spreadsheet cannot be read ({type(exc).__name__}). Open it in a "
            "spreadsheet and save it again as .xlsx or as CSV (UTF-8)."
        ) from None
    limit = int(os.environ.get("OFFERKIT_MAX_CELLS", MAX_WORKBOOK_CELLS))
    sheets, cells_read = {}, 0
    for table in root.iter(T + "table"):
        rows = []
        for row in table.iter(T + "table-row"):
            values = []
            for cell in row:
                if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                    continue
                kind = cell.get(OFF + "value-type", "")
                if kind == "date":
                    value = cell.get(OFF + "date-value", "")
                    value = value[:10] if value.endswith("T00:00:00") or len(value) == 10 else value
                elif kind in ("float", "percentage", "currency"):
                    value = cell.get(OFF + "value", "")
                    value = value[:-2] if value.endswith(".0") else value
                else:
                    value = "\n".join("".join(p.itertext()) for p in cell.iter(X + "p"))
                repeat = int(cell.get(T + "number-columns-repeated", "1") or 1)
                values.extend([value] * min(repeat, 1024))
            while values and values[-1] == "":
                values.pop()
            repeat = int(row.get(T + "number-rows-repeated", "1") or 1)
            rows.extend([values] * (min(repeat, 10_000) if values else min(repeat, 1)))
            cells_read += len(values) * min(repeat, 10_000)
            if cells_read > limit:
                raise DataError(
                    f"{name}: this spreadsheet holds more than {limit:,} cells, more than any tracker. Save the "
                    "sheet as CSV (UTF-8) and load that (or set OFFERKIT_MAX_CELLS)."
                )
        while rows and not rows[-1]:
            rows.pop()
        width = max((len(r) for r in rows), default=0)
        frame = pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype=object)
        sheets[table.get(T + "name", f"Sheet{len(sheets) + 1}")] = frame
    return _tables_from_sheets(sheets, name)


def _is_workbook(data: bytes) -> bool:
    """An .xlsx/.xlsm workbook: a zip file holding ``xl/workbook.xml``."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return any(n.startswith("xl/workbook") for n in z.namelist())
    except zipfile.BadZipFile:
        return False


def _excel_text(value) -> str:
    """One workbook cell as the text a CSV export would hold (dates ISO, whole numbers without '.0')."""
    import datetime as dt

    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _dates_row(cells) -> bool:
    """Whether most filled cells of a row are dates (the header of a sheet written sideways)."""
    from .dates import parse_dates

    filled = [str(c).strip() for c in cells if str(c).strip()]
    return len(filled) >= 2 and parse_dates(pd.Series(filled, dtype=object)).error.eq("").mean() >= 0.6


#: A workbook is refused past these (``OFFERKIT_MAX_CELLS`` changes the second): a tracker has thousands of cells,
#: a sheet declaring millions is a zip bomb or a formatting accident that would take minutes and gigabytes to read.
MAX_WORKBOOK_BYTES = 200 * 1024**2  # uncompressed
MAX_WORKBOOK_CELLS = 5_000_000
_DIMENSION = re.compile(rb'<dimension ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')


def _column_number(letters: bytes) -> int:
    n = 0
    for c in letters.decode():
        n = n * 26 + ord(c) - 64
    return n


def _check_workbook_size(data: bytes, name: str):
    """Refuse a workbook whose uncompressed size or declared sheet dimensions are beyond any tracker (issue #28)."""
    import zipfile

    limit = int(os.environ.get("OFFERKIT_MAX_CELLS", MAX_WORKBOOK_CELLS))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        total = sum(i.file_size for i in z.infolist())
        if total > MAX_WORKBOOK_BYTES:
            raise DataError(
                f"{name}: this workbook unpacks to {total / 1024**2:,.0f} MB, more than any tracker "
                f"({MAX_WORKBOOK_BYTES // 1024**2} MB is the limit). Save the sheet as CSV (UTF-8) and load that."
            )
        for info in z.infolist():
            if not (info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")):
                continue
            with z.open(info) as handle:
                head = handle.read(4096)
            m = _DIMENSION.search(head)
            if not m or not m.group(3):
                continue
            rows = int(m.group(4)) - int(m.group(2)) + 1
            cols = _column_number(m.group(3)) - _column_number(m.group(1)) + 1
            if rows * cols > limit:
                raise DataError(
                    f"{name}: a sheet declares {rows:,} rows × {cols:,} columns ({rows * cols:,} cells; "
                    f"the limit is {limit:,}). Delete the empty rows and columns it formats, or save the "
                    "sheet as CSV (UTF-8), and load that."
                )


def read_workbook(data: bytes, name: str) -> list:
    """Every sheet of an .xlsx workbook that looks like a tracker, each as a :class:`RawTable`.

    A sheet looks like a tracker when its header row (of its first ten rows
    with at least two filled cells, the one naming the most columns the kit
    knows) names at least two (company, dates, status, ...), or when its
    first filled row is a row of dates (a sheet written sideways); other
    sheets (notes, lists, charts) are skipped with a note.  Row numbers are
    the sheet's own row numbers.
    """
    try:
        import openpyxl  # noqa: F401  (pandas reads .xlsx through it)
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise DataError(f"{name}: an Excel workbook needs the openpyxl package: pip install openpyxl") from None

    _check_workbook_size(data, name)
    try:
        sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, header=None, dtype=object)
    except Exception as exc:  # a damaged or password-protected workbook
        raise DataError(
            f"{name}: this Excel workbook cannot be read ({type(exc).__name__}: {exc}). Open it in a "
            "spreadsheet and save it again as .xlsx or as CSV (UTF-8)."
        ) from None
    return _tables_from_sheets(sheets, name)


def _tables_from_sheets(sheets: dict, name: str) -> list:
    """The tracker sheets of a workbook (``{sheet name: frame of cells}``), each as a :class:`RawTable`."""
    from .._core.vocab import column_table, normalize

    known = column_table()
    tables, skipped = [], []
    for sheet, frame in sheets.items():
        text = frame.map(_excel_text) if len(frame) else frame
        filled = (text != "").sum(axis=1).to_numpy() if len(text) else np.array([])
        head = np.flatnonzero(filled >= 2)
        if not len(head):
            skipped.append(f"{sheet!r} (empty)")
            continue
        # the header is the row, among the first filled ones, that names the most known columns (a title or a
        # row of numbers may sit above it); a sheet written sideways has a row of dates instead
        scores = [(sum(normalize(c) in known for c in text.iloc[int(i)].tolist()), -int(i)) for i in head[:10]]
        best, minus_h = max(scores)
        h = -minus_h
        if best < 2:
            h = int(head[0])
            if not _dates_row(text.iloc[h].tolist()):
                skipped.append(f"{sheet!r} (no tracker columns)")
                continue
        header = [str(v).strip() for v in text.iloc[h].tolist()]
        body = text.iloc[h + 1 :].reset_index(drop=True)
        body.columns = _unique_names(header)
        rows = np.arange(h + 2, h + 2 + len(body))
        notes = [f"sheet {sheet!r} of the workbook"] + (
            [f"the header is on line {h + 1}; {h} line(s) above it skipped"] if h else []
        )
        body = _status_from_sheet_name(body, sheet, known, notes)
        tables.append(_finish(body, rows, f"{name} [{sheet}]", notes, [], []))
    if not tables:
        raise DataError(
            f"{name}: no sheet of this workbook looks like a job tracker ({', '.join(skipped)}). Put the "
            "applications on one sheet with a header row (Company, Date Applied, Status, ...)."
        )
    if skipped:
        tables[0].notes.append(f"sheets skipped: {', '.join(skipped)}")
    return tables


def _has_status_column(columns, known) -> bool:
    """Whether a header names a status or outcome column (``known``: the column synonym table)."""
    from .._core.vocab import normalize

    return any(known.get(normalize(str(c))) in ("event", "outcome") for c in columns)


def _status_label(text, labels):
    """The status label ``text`` reads as ("Rejected"; "OFFERS" as "OFFER"), or None when it is no status."""
    from .._core.vocab import match_label, normalize

    key = normalize(text)
    if not key:
        return None
    if match_label(key, labels) is not None:
        return text
    if key.endswith("s") and match_label(key[:-1], labels) is not None:
        return text.rstrip()[:-1]  # a plural heading or tab: the status its rows have
    return None


def _status_from_sheet_name(body, sheet, known, notes):
    """A sheet named for a status ("Rejected", "Interviews", "Wishlist") without a status column: its rows have it.

    People move an application to the tab of its status; the tab's name is then the only place the status is
    written.  The rows get a ``Status`` column holding the sheet's name (read like any status, undated).
    """
    from .._core.vocab import label_table, match_label, normalize

    if _has_status_column(body.columns, known):
        return body
    labels = label_table()
    label = _status_label(sheet, labels)
    if label is None or match_label(normalize(label), labels) == "applied":
        return body
    notes.append(f"sheet {sheet!r} has no status column: its rows are read with the status {sheet!r}")
    return body.assign(**{_unique_names([*body.columns, "Status"])[-1]: sheet})


#: Files larger than this are refused (``OFFERKIT_MAX_BYTES`` changes it): a tracker is kilobytes, a cohort megabytes.
MAX_BYTES = 2 * 1024**3


def check_readable(path, name) -> None:
    """Refuse what is not a regular file (a device, a FIFO) or is larger than the limit, before reading it."""
    import stat

    try:
        info = os.stat(path)
    except OSError as exc:
        raise DataError(f"{name}: cannot open the file ({exc.strerror}). Check the path.") from None
    if not stat.S_ISREG(info.st_mode):
        raise DataError(
            f"{name}: not a regular file (a device, a pipe or a socket): save the data to a file and load that."
        )
    limit = int(os.environ.get("OFFERKIT_MAX_BYTES", MAX_BYTES))
    if info.st_size > limit:
        raise DataError(
            f"{name}: {info.st_size:,} bytes is more than the {limit:,} bytes offerkit reads "
            "(set OFFERKIT_MAX_BYTES to read it anyway, or split the file)."
        )


def read_tables(source, *, name=None) -> list:
    """Read a path or file object into one or more :class:`RawTable` (an Excel workbook gives one per tracker sheet)."""
    if isinstance(source, (str, os.PathLike)):
        name = name or os.fspath(source)
        check_readable(source, name)
        try:
            with open(source, "rb") as handle:
                head = handle.read(4)
        except OSError as exc:
            raise DataError(f"{name}: cannot open the file ({exc.strerror}). Check the path.") from None
        if head == b"PK\x03\x04":
            with open(source, "rb") as handle:
                data = handle.read()
            if _is_workbook(data):
                return read_workbook(data, name)
            if _is_ods(data):
                return read_ods(data, name)
        return [read_table(source, name=name)]
    data = source.read()
    name = name or getattr(source, "name", None) or "<file>"
    if isinstance(data, bytes) and _is_workbook(data):
        return read_workbook(data, name)
    if isinstance(data, bytes) and _is_ods(data):
        return read_ods(data, name)
    return [read_table(io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data), name=name)]


def read_table(source, *, name=None) -> RawTable:
    """Read a CSV path or file object into a :class:`RawTable`.

    Parameters
    ----------
    source : str, os.PathLike or file object
    name : str, optional
        Name used in messages; the path or ``"<file>"`` by default.

    Raises
    ------
    DataError
        When the file cannot be read or holds no header.
    """
    notes: list = []
    if isinstance(source, (str, os.PathLike)):
        name = name or os.fspath(source)
        try:
            # a file is first scanned in pieces; when it is plain ASCII the parser reads it from disk, so the
            # whole file is never held in memory twice (reading 80 MB at once costs 50 ms in fresh pages)
            with open(source, "rb") as handle:
                scan = _Scan.of_chunks(iter(lambda: handle.read(_CHUNK), b""))
            _refuse_binary(scan.head, name)  # (it looks at the first bytes only)
            if scan.plain and not _markdown_name(name):
                fast = _read_ascii(scan, lambda: open(source, "rb"), name, notes)
                if fast is not None:
                    return fast
            with open(source, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise DataError(f"{name}: cannot open the file ({exc.strerror}). Check the path.") from None
    else:
        name = name or getattr(source, "name", None) or "<file>"
        data = source.read()
        if isinstance(data, bytes):
            _refuse_binary(data, name)
            scan = _Scan.of_chunks([data])
            if scan.plain:
                fast = _read_ascii(scan, lambda: io.BytesIO(data), name, notes)
                if fast is not None:
                    return fast
    text = _decode(data, notes) if isinstance(data, bytes) else data
    _refuse_control_text(text, name)
    if (_markdown_name(name) or "|" in text[:20000]) and has_pipe_table(text):
        frame, rows, more, problems, rejected = markdown_table(text.replace("\r\n", "\n").replace("\r", "\n"))
        notes.append(f"read as a Markdown table ({len(frame)} rows)")
        return _finish(frame, rows, name, notes + more, problems, rejected)
    if _markdown_name(name):
        raise DataError(
            f"{name}: no Markdown table in it (a table is a header line, a line such as |---|---| and "
            "one line per application). Export the tracker as CSV, or write it as a table."
        )
    start = _LEADING.match(text).end()  # no copy of the whole text
    if text[start : start + 1] in ("{", "["):
        table = _json_table(text[start:], name)
        if table is not None:
            return table
    if "\x00" in text:
        notes.append("NUL bytes removed")
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():
        raise DataError(f"{name}: the file is empty. Export the applications again, with a header row.")
    sep = _sniff_delimiter(text)
    if sep != ",":
        notes.append(f"delimiter {sep!r}")
    if '"' in text and text.count('"') % 2:
        text, data = _close_open_quote(text, sep, notes), None
    problems, rejected = [], []
    try:
        with warnings.catch_warnings():
            # more fields than names would silently become an index or be cut: read such files record by record
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(
                _buffer(text, data),
                sep=sep,
                dtype=object,
                keep_default_na=False,
                na_filter=False,
                skip_blank_lines=False,
                engine="c",
                index_col=False,
            )
        # without quote characters no record can span lines; otherwise check the count
        if '"' in text and len(frame) != text.count("\n") + (0 if text.endswith("\n") else 1) - 1:
            raise ValueError("records span lines")
        rows = pd.RangeIndex(2, len(frame) + 2).to_numpy()
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError):
        records, lines = _records_with_csv(text, sep)
        if not records:
            raise DataError(f"{name}: no header row found. The first line must name the columns.") from None
        if len(records[0]) == 1 and len(records) > 1:
            # a title line without separators above the header ("Alice's job search"): the header is the
            # first of the next lines with several fields
            wide = next((i for i, r in enumerate(records[:11]) if len(r) > 1), None)
            if wide:
                notes.append(
                    f"the header is on line {lines[wide]}; {wide} line(s) above it skipped "
                    f"({' | '.join(r[0] for r in records[:wide] if r and r[0].strip())[:80]!r})"
                )
                records, lines = records[wide:], lines[wide:]
        header = [h for h in records[0]]
        width = len(header)
        body, rows = [], []
        for record, line in zip(records[1:], lines[1:]):
            if len(record) > width and any(cell.strip() for cell in record[width:]):
                problems.append(
                    (
                        line,
                        "",
                        sep.join(record)[:200],
                        f"{len(record)} fields where the header has {width}: fix the row's separators or quotes",
                    )
                )
                rejected.append((line, dict(zip(header, record))))
                continue
            record = (record + [""] * width)[:width]
            body.append(record)
            rows.append(line)
        header = _unique_names(header)
        frame = pd.DataFrame(body, columns=header, dtype=object)
        rows = np.asarray(rows, dtype="int64")
    return _finish(frame, rows, name, notes, problems, rejected)


def _markdown_name(name) -> bool:
    return str(name).lower().endswith((".md", ".markdown", ".mdown"))


_SIGNATURES = [
    (b"PK\x03\x04", "a zip file (not an Excel workbook)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel workbook (.xls)"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
]


#: the size of the pieces a file is scanned in
_CHUNK = 1 << 22


@dataclasses.dataclass
class _Scan:
    """What the fast path needs to know of a file, found in one pass over its pieces.

    ``plain``: ASCII without NUL or CR bytes; ``head``: the first piece;
    ``size``: bytes scanned; ``quotes``: a ``"`` occurs;
    ``ends_with_newline``; ``first``: the first byte that is not white
    space (empty for a blank file).  The other fields are only
    complete when ``plain``.  (Line breaks are not counted here: counting
    costs more than the other checks together, and only a wide table needs it.)
    """

    plain: bool
    head: bytes
    size: int
    quotes: bool
    ends_with_newline: bool
    first: bytes

    @classmethod
    def of_chunks(cls, chunks):
        plain, quotes, size, head, last, first = True, False, 0, None, b"", b""
        for chunk in chunks:
            head = chunk if head is None else head
            size += len(chunk)
            plain = plain and chunk.isascii() and b"\x00" not in chunk and b"\r" not in chunk
            if not plain:  # the general path reads the file itself: nothing more to learn
                break
            quotes = quotes or b'"' in chunk
            first = first or chunk.lstrip()[:1]
            last = chunk[-1:]
        return cls(
            plain=plain, head=head or b"", size=size, quotes=quotes, ends_with_newline=last == b"\n", first=first
        )


def _refuse_binary(data: bytes, name: str):
    """Stop with a clear message when the file is a known binary format, not text.

    Examples
    --------
    >>> _refuse_binary(b"%PDF-1.7...", "tracker.csv")
    Traceback (most recent call last):
    ...
    offerkit.DataError: tracker.csv: this is a PDF document, not a CSV file. Export your applications from your tracker or spreadsheet as CSV and load that file.
    """
    if (
        data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
        and "EncryptedPackage".encode("utf-16-le") in data[: 1 << 20]
    ):
        raise DataError(
            f"{name}: this is a password-protected Excel workbook, which cannot be read without its "
            "password. Open it in Excel, remove the password (File > Info > Protect Workbook), or save a "
            "copy as CSV (UTF-8), and load that."
        )
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            todo = (
                "Open it in a spreadsheet and save it as CSV (UTF-8) or .xlsx, or read it with pandas.read_excel and "
                "pass the DataFrame to offerkit.load."
                if "Excel" in what
                else "Export your applications from your tracker or spreadsheet as CSV and load that file."
            )
            raise DataError(f"{name}: this is {what}, not a CSV file. {todo}")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def _refuse_control_text(text: str, name: str):
    """Stop when the decoded text is mostly control characters: a binary file, not a table.

    A few stray NUL bytes or control characters in a real export are kept
    (and removed later); more than a tenth of the first 4,000 characters are not text.
    """
    head = text[:4000]
    if len(head) >= 16 and len(_CONTROL.findall(head)) > len(head) / 10:
        raise DataError(
            f"{name}: this is not a text table (it holds binary data). Export your applications "
            "from your tracker or spreadsheet as CSV, Excel (.xlsx) or JSON and load that file."
        )


def _read_ascii(scan, open_data, name: str, notes: list):
    """Fast path for plain ASCII files: no decoding and no copies of the text.

    ``scan``: the file's :class:`_Scan`; ``open_data()``: a new binary file
    object of the data (the parser reads it from there).  Returns None when
    the general path is needed (empty, JSON, records over several lines,
    ragged rows, a header line longer than the first piece).
    """
    if not scan.first or scan.first in (b"{", b"["):  # blank, or JSON
        return None
    end = scan.head.find(b"\n")
    if end < 0 and scan.size > len(scan.head):  # a header line longer than the first piece
        return None
    header = scan.head[: end if end >= 0 else len(scan.head)].decode("ascii")
    sep = _sniff_delimiter(header)
    read = lambda **options: _read_csv_from(
        open_data,
        sep=sep,
        keep_default_na=False,
        na_filter=False,
        skip_blank_lines=False,
        engine="c",
        index_col=False,
        **options,
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            # categories: the parser hashes each cell as it reads it, so every later step works on the
            # distinct values (a cohort's 900k cells hold a few thousand) without hashing the column again
            # (not for a wide table: thousands of categoricals cost more than they save)
            wide = len(next(csv.reader([header], delimiter=sep), [])) > _WIDE
            parsed = read(dtype=object if wide else "category")
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError):  # (UnicodeDecodeError is a ValueError)
        return None
    if wide:
        if scan.quotes and len(parsed) != _count_newlines(open_data) + (0 if scan.ends_with_newline else 1) - 1:
            return None
        return _finish(parsed, pd.RangeIndex(2, len(parsed) + 2).to_numpy(), name, notes, [], [])
    # the parser turns categories that all look like numbers into numbers ("007" → 7): such columns are
    # read again as text
    numeric = [j for j in range(parsed.shape[1]) if parsed.iloc[:, j].cat.categories.dtype.kind in "iufcbM"]
    try:
        again = read(dtype=object, usecols=numeric) if numeric else None
    except (pd.errors.ParserError, ValueError):  # the file changed in between
        return None
    if again is not None and len(again) != len(parsed):
        return None
    codes, columns = [], {}
    for j in range(parsed.shape[1]):
        if j in numeric:
            k, uniques = pd.factorize(again.iloc[:, numeric.index(j)].to_numpy(dtype=object))
            uniques = np.asarray(uniques, dtype=object)
        else:
            cat = parsed.iloc[:, j].array
            uniques, k = np.asarray(cat.categories, dtype=object), cat.codes  # int8/16/32: less memory
        if scan.quotes and any("\n" in u for u in uniques):
            return None  # a quoted cell over several lines: the general path numbers such records
        codes.append((k, uniques))
        columns[j] = uniques[k]
    if scan.quotes and any("\n" in str(c) for c in parsed.columns):
        return None
    frame = pd.DataFrame(columns, dtype=object, copy=False)
    frame.columns = parsed.columns
    if sep != ",":
        notes.append(f"delimiter {sep!r}")
    return _finish(frame, pd.RangeIndex(2, len(frame) + 2).to_numpy(), name, notes, [], [], codes=codes)


def _count_newlines(open_data) -> int:
    with open_data() as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(_CHUNK), b""))


def _read_csv_from(open_data, **options):
    with open_data() as handle:
        return pd.read_csv(handle, **options)


#: more columns than this make a wide table: read as one 2-D block of text, without categories
_WIDE = 200
_UNNAMED = re.compile(r"^(?:Unnamed(?::\s*\d+)?(?:\.\d+)?)?$")


def _finish(frame, rows, name, notes, problems, rejected, codes=None):
    """Column names stripped and made unique; nameless columns named ``column N`` (or dropped when empty); blank lines dropped.

    ``codes``: the parser's ``(codes, uniques)`` of each column (by position), kept aligned with the result.
    """
    stripped = [str(c).strip() for c in frame.columns]
    unnamed = [bool(_UNNAMED.match(c)) for c in stripped]
    keep = [not (u and not frame.iloc[:, j].astype(str).str.strip().ne("").any()) for j, u in enumerate(unnamed)]
    if not all(keep):  # trailing separators make nameless empty columns
        frame = frame.iloc[:, [j for j, k in enumerate(keep) if k]]
        codes = codes and [c for c, k in zip(codes, keep) if k]
        stripped = [c for c, k in zip(stripped, keep) if k]
        unnamed = [u for u, k in zip(unnamed, keep) if k]
    named = [f"column {j + 1}" if u else c for j, (c, u) in enumerate(zip(stripped, unnamed))]
    for j, u in enumerate(unnamed):
        if u:
            notes.append(f"column {j + 1} has no header: named 'column {j + 1}'")
    unique = _unique_names(named)
    clashes = [c for c, u in zip(named, unique) if c != u]
    if clashes:
        notes.append(
            f"column names repeated (after trimming spaces): {', '.join(map(repr, sorted(set(clashes))))}; "
            "the later copies are named '.1', '.2', ..."
        )
    frame = frame.copy(deep=False) if frame.columns.tolist() != unique else frame
    frame.columns = unique
    if frame.shape[1] > _WIDE:  # a wide table: one 2-D block instead of one per column (row selections stay linear)
        frame = pd.DataFrame(frame.to_numpy(dtype=object), columns=frame.columns, index=frame.index, dtype=object)
    blank = _blank_rows(frame, first=codes[0] if codes else None)
    if blank.any():
        notes.append(f"{int(blank.sum())} blank line(s) skipped")
        frame = frame.loc[~blank].reset_index(drop=True)
        rows = rows[~blank]
        codes = codes and [_drop_unused(k[~blank], u) for k, u in codes]
    sections = _section_rows(frame)
    if sections is not None:
        heading, status = sections
        for i in np.flatnonzero(heading):
            text = str(frame.iat[int(i), 0]).strip()
            problems.append(
                (
                    int(rows[i]),
                    frame.columns[0],
                    text,
                    f"a section heading ({text!r}): not an application; the rows below it are read as {text!r}",
                )
            )
            rejected.append((int(rows[i]), {frame.columns[0]: text}))
        notes.append(
            f"{int(heading.sum())} section heading(s) ({', '.join(frame.iloc[:, 0][heading].astype(str))[:80]}): the rows "
            "under each are read with its status"
        )
        frame = frame.assign(**{_unique_names([*frame.columns, "Status"])[-1]: status}).loc[~heading]
        frame = frame.reset_index(drop=True)
        rows = rows[~heading]
        codes = None
    return RawTable(frame, rows, name, notes, problems, rejected, codes=dict(zip(unique, codes)) if codes else None)


def _section_rows(frame):
    """``(heading mask, status per row)`` of a table whose rows are grouped under status headings, or None.

    A heading is a row whose only filled cell is the first and reads as a status ("REJECTED", "Interviews",
    "In progress"); the rows under it, up to the next heading, have that status.  Only for a table without a
    status column, and only when some heading has rows under it.
    """
    if frame.shape[1] < 2 or not len(frame):
        return None
    from .._core.vocab import column_table, label_table

    if _has_status_column(frame.columns, column_table()):
        return None
    first = frame.iloc[:, 0].astype(str).str.strip().to_numpy(dtype=object)
    labels = label_table()
    heading = np.zeros(len(frame), dtype=bool)
    label = first.copy()
    read_as = {}  # distinct first cells that read as a status -> the label their rows get
    for text in set(first[:100_000].tolist()):
        if (as_label := _status_label(text, labels)) is not None:
            read_as[text] = as_label
    if not read_as:
        return None
    for i in np.flatnonzero(np.isin(first, list(read_as))):
        rest = frame.iloc[int(i), 1:].tolist()
        if all(str(v).strip() == "" for v in rest):
            heading[i] = True
            label[i] = read_as[first[i]]
    if not heading.any() or heading.all() or not (~heading[int(np.flatnonzero(heading)[0]) :]).any():
        return None
    status = np.full(len(frame), "", dtype=object)
    current = ""
    for i in range(len(frame)):
        if heading[i]:
            current = label[i]
        else:
            status[i] = current
    return heading, status


def _drop_unused(codes, uniques):
    """``(codes, uniques)`` without the uniques no row uses any more (a skipped blank row's "   ")."""
    used = np.bincount(codes[codes >= 0].astype("int64"), minlength=len(uniques)) > 0
    if used.all():
        return codes, uniques
    new = np.cumsum(used) - 1
    return np.where(codes >= 0, new[np.clip(codes, 0, None)], -1).astype(codes.dtype), uniques[used]


def _buffer(text, data):
    """A buffer for the C parser: the original bytes when they are plain UTF-8 (faster)."""
    if isinstance(data, bytes) and len(data) == len(text):  # pure ASCII, nothing changed
        return io.BytesIO(data)
    return io.StringIO(text)


def _blank_rows(frame, first=None) -> np.ndarray:
    """Rows whose cells are all empty or white space (``first``: the parser's codes of the first column)."""
    if not len(frame.columns):
        return np.ones(len(frame), dtype=bool)
    blank = np.zeros(len(frame), dtype=bool)
    # a blank row has an empty first cell: check those rows alone (found on the distinct values when coded)
    if first is None:
        first = pd.factorize(frame.iloc[:, 0].to_numpy(dtype=object))
    codes, uniques = first
    blank_first = np.array([not str(u).strip() for u in uniques] + [False], dtype=bool)  # "", "   ", a tab
    cands = np.flatnonzero(blank_first[codes])
    if len(cands):
        sub = frame.iloc[cands]
        empty = (sub.to_numpy(dtype=object) == "").all(axis=1)
        blank[cands[empty]] = True
        rest = cands[~empty]
        if len(rest):
            white = np.column_stack([stripped(frame.iloc[rest, j]) == "" for j in range(frame.shape[1])]).all(axis=1)
            blank[rest[white]] = True
    if frame.shape[1] >= 3:
        blank |= _numbered_blank_rows(frame, first)
    return blank


_WHOLE = re.compile(r"\d{1,6}(?:\.0)?")


def _numbered_blank_rows(frame, first=None) -> np.ndarray:
    """Rows whose only filled cell is a running number in a numbering first column (a sheet numbered in advance).

    The first column counts as numbering when every filled cell is a whole number; such a row holds no
    application, so it is a blank row (the issue: 200 applications loaded for 100).
    """
    out = np.zeros(len(frame), dtype=bool)
    uniques = first[1] if first is not None else pd.unique(frame.iloc[:, 0].to_numpy(dtype=object))
    filled = [str(u).strip() for u in uniques if str(u).strip()]
    if not filled or len(filled) > 1_000_000 or not all(_WHOLE.fullmatch(u) for u in filled[:100_000]):
        return out
    rest = frame.iloc[:, 1:].to_numpy(dtype=object)
    empty = (rest == "").all(axis=1)
    if empty.any():
        cands = np.flatnonzero(empty)
        out[cands] = True
    return out


def _unique_names(header):
    seen, out = {}, []
    for h in header:
        h = h.strip() or "Unnamed"
        if h in seen:
            seen[h] += 1
            out.append(f"{h}.{seen[h]}")
        else:
            seen[h] = 0
            out.append(h)
    return out


def _records_in(obj, depth=0):
    """The list of record objects in parsed JSON: a list, pandas' ``orient="table"``, or under one key of an object.

    Returns ``(records, columns to drop, where)`` or None.
    """
    if isinstance(obj, list):
        return obj, [], ""
    if not isinstance(obj, dict):
        return None
    if isinstance(obj.get("data"), list) and isinstance(obj.get("schema"), dict):  # orient="table"
        drop = [k for k in obj["schema"].get("primaryKey", []) if k in ("index", "level_0")]
        return obj["data"], drop, ""
    lists = {k: v for k, v in obj.items() if isinstance(v, list) and v and all(isinstance(r, dict) for r in v)}
    if lists:  # records under one key, beside metadata: {"metadata": {...}, "applications": [...]}
        key = max(lists, key=lambda k: len(lists[k]))
        return lists[key], [], f' under the key "{key}"'
    nested = [v for v in obj.values() if isinstance(v, dict)]
    if nested and depth < 2:
        # {"export": {"applications": [...]}}, or beside metadata: {"version": 2, "data": {"jobs": [...]}}
        inner = [_records_in(v, depth + 1) for v in nested]
        found = [r for r in inner if r is not None and r[0]]
        if len(found) == 1:
            return found[0]
    if obj and all(isinstance(v, dict) for v in obj.values()):
        if all(not isinstance(x, (dict, list)) for v in obj.values() for x in v.values()):  # orient="columns"/"index"
            return list(pd.DataFrame(obj).to_dict("records")), [], ""
    if isinstance(obj.get("data"), list):
        return obj["data"], [], ' under the key "data"'
    return None


def _json_lines(text: str):
    """``(records, their line numbers, bad lines)`` of a JSON Lines file, or None when it is not one.

    A line that is not a JSON object is set aside by its number (``bad``: ``(line, text, why)``), as long as
    most lines are objects; otherwise the file is not JSON Lines.
    """
    import json

    records, lines, bad = [], [], []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:
            bad.append((number, line, f"not valid JSON ({str(exc).split(':')[0]})"))
            continue
        if not isinstance(obj, dict):
            bad.append((number, line, 'not a JSON object (a record is {"company": ..., "date": ...})'))
            continue
        records.append(obj)
        lines.append(number)
    if not records or len(bad) > len(records):
        return None
    return records, lines, bad


def _json_table(text: str, name: str):
    """A JSON file of applications or events.

    Accepted: a list of records (pandas ``orient="records"``), pandas
    ``orient="table"``, records under one key of an object (beside metadata),
    ``orient="columns"``/``"index"``, and JSON Lines.  Row numbers count
    records from 2 (as if the file had a header line).  Returns None when the
    text is not JSON and does not start like an object (then it is read as CSV).
    """
    import json

    repeated = []

    def pairs(items):
        seen = {}
        for key, value in items:
            if key in seen and seen[key] != value and len(repeated) < 5:
                repeated.append(key)
            seen[key] = value
        return seen

    try:
        obj = json.loads(text, object_pairs_hook=pairs)
    except RecursionError:
        raise DataError(
            f"{name}: the JSON is nested too deeply to be a tracker (thousands of levels). Export the "
            "applications again as a list of records, or as CSV."
        ) from None
    except ValueError as exc:
        found = _json_lines(text)
        if found is not None:
            records, lines, bad = found
            raw = raw_from_frame(pd.DataFrame.from_records(records), name=name)
            raw.rows = np.asarray(lines, dtype="int64")  # each record's own line of the file
            raw.notes.append("read as JSON Lines; rows are the file's line numbers")
            for number, line, why in bad:
                raw.problems.append((number, "", line[:200], f"{why}: the line is set aside"))
                raw.rejected.append((number, {"line": line[:2000]}))
            return raw
        if text.startswith("{"):
            raise DataError(
                f"{name}: this looks like JSON but is not valid JSON ({exc}). Fix the file, or export "
                "it again as JSON or CSV."
            ) from None
        return None
    found = _records_in(obj)
    if found is None:
        raise DataError(
            f"{name}: JSON, but no list of records was found in it: save it with pandas "
            "to_json(orient='records') or orient='table', or as CSV."
        )
    records, drop, where = found
    if not records:
        raise DataError(f"{name}: the JSON holds no records. Add at least one application.")
    if not all(isinstance(r, dict) for r in records):
        raise DataError(f'{name}: JSON records must be objects like {{"company": ..., "date": ...}}.')
    frame = pd.DataFrame.from_records(records)
    frame = frame.drop(columns=[c for c in drop if c in frame.columns])
    raw = raw_from_frame(frame, name=name)
    raw.notes.append(f"read as JSON records{where}; rows count records from 2")
    if repeated:
        raw.notes.append(
            f"keys repeated inside a JSON object with different values ({', '.join(map(repr, repeated))}): "
            "the later value is used; fix the file to be sure"
        )
    return raw


def raw_from_frame(frame: pd.DataFrame, *, name="<DataFrame>") -> RawTable:
    """Wrap a user DataFrame as a :class:`RawTable` of strings.

    Datetime cells become ISO dates; missing cells become ``""``.
    Row numbers are counted as if the frame were a CSV file (header = 1).
    """
    out = {}
    for j in range(frame.shape[1]):
        values = frame.iloc[:, j]
        if pd.api.types.is_datetime64_any_dtype(values):
            text = values.dt.strftime("%Y-%m-%d")
        else:
            text = values.astype(object).map(_cell_text)
        present = (
            values.map(lambda v: isinstance(v, (list, dict)) or not pd.isna(v))
            if values.dtype == object
            else values.notna()
        )
        out[len(out)] = text.where(present, "").astype(str).to_numpy()
    result = pd.DataFrame(out, index=pd.RangeIndex(len(frame)))
    result.columns = [str(c) for c in frame.columns]
    return _finish(result, np.arange(2, len(frame) + 2), name, [], [], [])


def _cell_text(value):
    import json

    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=str)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)
