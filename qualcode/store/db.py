"""Opening and creating the project file (an older one upgraded by ``store.migrate``); the
one transaction helper.

Every user action runs inside :meth:`Database.transaction` (``BEGIN IMMEDIATE``), so two
coders writing to one file on a shared machine queue for the write lock (busy timeout)
instead of failing, and a crash never leaves half an action behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import sqlite_utils

from qualcode.errors import ProjectError, QualcodeError, one_line
from qualcode.oneline import cut_path
from qualcode.store.checked import CheckedConnection, DamagedProjectError
from qualcode.store.foreign import refuse_foreign_schema, refuse_missing_tables
from qualcode.store.migrate import backup, migrate, repair_first_decisions
from qualcode.store.schema import APPLICATION_ID, MIGRATIONS, READ_AS_IS
from qualcode.userfile import unnamable

BUSY_TIMEOUT_MS = 30_000
# the files SQLite keeps beside a database while it is open or was left mid-write; a
# database of its own under such a name is taken for one of them (see Database.create)
WORKING_SUFFIXES = ("-wal", "-shm", "-journal")
FULL_BELOW = 1024 * 1024  # free bytes under which a failed write is blamed on a full disk


def _connect(path: Path, readonly: bool = False, immutable: bool = False) -> sqlite3.Connection:
    # a file the user may not write is opened read-only, so reading it still works and
    # the first write fails with a clear message instead of SQLite's
    target, uri = str(path), False
    if readonly:
        target, uri = f"{path.resolve().as_uri()}?mode=ro", True
        if immutable:
            target += "&immutable=1"
    try:
        conn = sqlite3.connect(
            target,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            uri=uri,
            factory=CheckedConnection,
        )
        conn.project_path = path  # a damaged page found later names the file (checked.py)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise ProjectError(f"{path}: cannot open ({exc})") from None
    return conn


def _open_with_header(path: Path, readonly: bool) -> tuple[sqlite3.Connection, int, int]:
    """A connection and the file's (application_id, user_version)."""
    conn = _connect(path, readonly)
    try:
        return conn, *_header(conn, path)
    except sqlite3.OperationalError as exc:
        conn.close()
        wal = path.with_name(f"{path.name}-wal")
        if readonly and not (wal.exists() and wal.stat().st_size):
            # a read-only folder (a share, a copy on read-only media) with no unfinished
            # writes: read the file as it stands, without SQLite's -shm beside it
            conn = _connect(path, readonly, immutable=True)
            try:
                return conn, *_header(conn, path)
            except sqlite3.OperationalError:
                conn.close()
        hint = _space_hint(path) if "disk I/O" in str(exc) else ""
        if readonly or not os.access(path.parent, os.W_OK):
            hint = (
                f"; SQLite must be able to write {path.name}-wal and {path.name}-shm "
                "beside it: check the permissions of the file and its folder"
            )
        raise ProjectError(f"{path}: cannot open ({exc}){hint}") from None


def _header(conn: sqlite3.Connection, path: Path) -> tuple[int, int]:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.OperationalError:
        raise
    except DamagedProjectError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ProjectError(f"{path}: not a qualcode project ({exc})") from None
    return app_id, version


def _writable(path: Path) -> bool:
    """Whether SQLite can write here: the file, and its folder (for the -wal and -shm)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _translate(exc: sqlite3.OperationalError, path: Path | None) -> QualcodeError | None:
    """A user-facing error for the write failures a user can cause or fix, else ``None``."""
    message = str(exc)
    if "readonly" in message:
        return ProjectError(
            f"{path}: the project file or its folder is read-only (permissions); nothing written"
        )
    if "locked" in message or "busy" in message:
        return ProjectError(
            f"{path}: another program held the project for {BUSY_TIMEOUT_MS // 1000}s; "
            "nothing written, try again"
        )
    if "disk is full" in message or "disk I/O" in message:
        return ProjectError(f"{path}: cannot write ({message}){_space_hint(path)}; nothing written")
    return None


def copy_unwritten(exc: BaseException, target: Path) -> QualcodeError | None:
    """The one line for a new file built beside ``target`` (a coder's copy) that the disk
    would not take, naming ``target`` and why, else ``None``. Said by the project's own
    error it was "study.db: cannot write (database or disk is full): a file-size limit or
    a failing disk", the lead's project named as the file that failed, and with room for
    part of the copy "... .karin.db.x1y2.partial: migration to schema 1 failed" (safety33).
    Asked before the partial is removed, so the free space is the disk's at the failure."""
    message = str(exc)
    if not isinstance(exc, sqlite3.Error | QualcodeError):
        return None
    if "disk is full" not in message and "disk I/O" not in message:
        return None
    reason = "database or disk is full" if "disk is full" in message else "disk I/O error"
    return ProjectError(f"{target}: cannot write ({reason}){_space_hint(target)}; nothing written")


def _space_hint(path: Path | None) -> str:
    """Why SQLite's 'disk I/O error' most often happens, said with the disk's free space:
    a full disk (a USB stick, a quota) or a file-size limit (``ulimit -f``); the project
    file itself is untouched (the write went to its journal and was rolled back)."""
    if path is None:
        return ""
    try:
        free = shutil.disk_usage(path.resolve().parent).free
    except OSError:
        return ""
    if free < FULL_BELOW:
        return f": the disk holding it is full ({free // 1024:,} KB free), free some space"
    return ": a file-size limit (ulimit -f) or a failing disk"


def _nameable(path: Path) -> None:
    """Refuse in one line a path the system cannot look up at all: a name longer than the
    disk allows ('File name too long' was a traceback from ``init`` and every command)."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # 'no project here; create one', then init refused
            # it as 'a link to loop2, which does not exist' though loop2 was there
            raise ProjectError(
                f"{one_line(cut_path(path))}: its links lead round in a loop; point the link "
                "at a project file, or choose another path"
            ) from None
        if exc.errno == errno.ENOTDIR:
            return  # said in the caller's own words (no project here)
        reason = exc.strerror or exc
        raise ProjectError(f"{cut_path(path)}: cannot use this path: {reason}") from None
    except ValueError as exc:  # a NUL in a path a Python user built
        raise ProjectError(f"{one_line(cut_path(path))}: {unnamable(path, exc)}") from None


def check_database_name(path: Path) -> None:
    """Refuse, in one line, a new database file where SQLite would destroy it or another:
    under a name ending in -wal, -shm or -journal ('study.db-wal' was made a project, and
    the next command on study.db took it for study.db's log and deleted it, with all the
    work in it; in any case, as macOS and Windows read names), or beside such a file (a
    project or coder's copy of that name is deleted the first time the new file opens)."""
    for suffix in WORKING_SUFFIXES:
        if path.name.casefold().endswith(suffix) and len(path.name) > len(suffix):
            base = path.name[: -len(suffix)]
            raise ProjectError(
                f"{path}: a name ending in {suffix} is SQLite's working file for {base}, "
                f"which deletes or overwrites it whenever {base} is opened; choose another name"
            )
        beside = path.with_name(path.name + suffix)
        if beside.exists() or beside.is_symlink():
            raise ProjectError(
                f"{path}: {beside.name} is beside it, which SQLite would take for this new "
                "file's working file and delete or overwrite; move it away or choose another name"
            )


class Database:
    """A connection to one project file, with its schema guaranteed current."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, readonly: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        # no sqlite-utils plugins: finding them reads the entry points of every installed
        # package (a tenth of the CPU of `qualcode code list`), and a plugin found there
        # would get to change the project's connection unasked
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        # the copy made before this open upgraded the file, else None: the service names
        # it when it upgrades the documents too (project/upgrade.py)
        self.backup: Path | None = None

    @classmethod
    def create(cls, path: Path, *, claimed: bool = False) -> Database:
        """Create a new project file readable by its owner only; ``claimed``: in the empty
        owner-only file the caller made for it and holds (a coder's copy being built)."""
        if claimed:
            if path.stat().st_size:
                raise ProjectError(f"{path}: is not empty; a project is built in an empty file")
            return cls._build(path)
        _nameable(path)
        if path.exists():
            raise ProjectError(f"{path}: already exists; open it, or choose another path")
        check_database_name(path)
        if path.is_symlink():  # exists() follows links: this one leads nowhere
            raise ProjectError(
                f"{path}: is a link to {os.readlink(path)}, which does not exist; create "
                "the project at the link's target, or choose another path"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            os.chmod(path, 0o600)
        except (FileExistsError, NotADirectoryError):
            raise ProjectError(
                f"{path}: cannot create: a part of the folder path is a file, not a folder"
            ) from None
        except OSError as exc:
            raise ProjectError(f"{path}: cannot create: {exc.strerror or exc}") from None
        return cls._build(path)

    @classmethod
    def _build(cls, path: Path) -> Database:
        conn = _connect(path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(conn, path, MIGRATIONS)
        return cls(conn, path)

    @classmethod
    def open(cls, path: Path, migrations: Sequence[str] = MIGRATIONS) -> Database:
        """Open an existing project, migrating it (after a backup) if it is older."""
        _nameable(path)
        if not path.exists():
            raise ProjectError(
                f"{path}: no project here; create one with `qualcode -p {path} init`"
            )
        if path.is_dir():
            raise ProjectError(f"{path}: is a directory, not a qualcode project file")
        if not path.is_file():  # /dev/zero, a named pipe: SQLite would misread or wait
            raise ProjectError(f"{path}: is a device, pipe or socket, not a qualcode project file")
        if not os.access(path, os.R_OK):
            raise ProjectError(f"{path}: permission denied (cannot read the project file)")
        readonly = not _writable(path)
        conn, app_id, version = _open_with_header(path, readonly)
        if app_id != APPLICATION_ID:
            conn.close()
            what = "an empty file" if path.stat().st_size == 0 else "another kind of SQLite file"
            raise ProjectError(f"{path}: not a qualcode project ({what})")
        if version > len(migrations):
            conn.close()
            raise ProjectError(
                f"{path}: written by a newer qualcode (schema {version}, this version "
                f"knows {len(migrations)}); upgrade qualcode to open it"
            )
        if version < 0:
            # no qualcode writes one (another program, or a hand, did): read as a number of
            # migrations it ran the last one again over the tables it had and stamped the
            # file schema 0, so the next open failed at the first ('table meta already
            # exists') though nothing in it was damaged
            conn.close()
            raise DamagedProjectError(
                f"{path}: the project file is damaged (its schema number reads {version}); "
                "nothing changed; restore it from a copy (a .bak beside it, or your backup)"
            )
        try:
            refuse_foreign_schema(conn, path)  # before any write could set one off
            if version == len(migrations):  # an older file gains its tables as it upgrades
                refuse_missing_tables(conn, path, tuple(migrations))
        except BaseException:
            conn.close()
            raise
        made: Path | None = None
        if version < len(migrations):
            if readonly and set(range(version + 1, len(migrations) + 1)) <= READ_AS_IS:
                return cls(conn, path, readonly)  # read as it stands; nothing is written
            if readonly:
                conn.close()
                raise ProjectError(
                    f"{path}: needs upgrading from schema {version} to {len(migrations)} "
                    "but is read-only (permissions); make it writable and open it again"
                )
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                made = backup(conn, path, version)
                migrate(conn, path, migrations)
            except BaseException:
                conn.close()  # refused: the file is not held open behind the message
                raise
        elif not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
        if not readonly:
            try:
                repair_first_decisions(conn, path)  # a file of qualcode's first commit
            except BaseException:
                conn.close()
                raise
        database = cls(conn, path, readonly)
        database.backup = made
        return database

    @classmethod
    def memory(cls) -> Database:
        """An in-memory project, for tests and throwaway work."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(conn, None, MIGRATIONS)
        return cls(conn, None)

    def require_writable(self) -> None:
        """Refuse a write to a read-only file in one line; a costly write (an import that
        segments a transcript) asks first, before doing any of the work."""
        if self.readonly:
            raise ProjectError(
                f"{self.path}: the project file or its folder is read-only (permissions); "
                "nothing written"
            )

    @contextlib.contextmanager
    def transaction(self, *, deferred: bool = False) -> Iterator[sqlite_utils.Database]:
        """One user action: all of it is written, or none of it. ``deferred``: lock only
        what is written, when it is written (IMMEDIATE locks every attached file at once:
        a coder's copy reads the lead's project through ATTACH, and waited on every
        colleague writing in it)."""
        if self.conn.in_transaction:  # nested: join the outer action
            yield self.db
            return
        self.require_writable()
        with self._between("BEGIN" if deferred else "BEGIN IMMEDIATE"):
            yield self.db

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that all see the file as it stood at the first of them: WAL holds one
        snapshot from a deferred BEGIN's first read to its end. An export reads table after
        table; a coder writing between two of them made a summary count other rows in its
        tables than in its methods paragraph. A read-only file reads alike; inside a
        transaction the reads are already its own."""
        if self.conn.in_transaction:
            yield
            return
        with self._between("BEGIN"):
            yield

    @contextlib.contextmanager
    def _between(self, begin: str) -> Iterator[None]:
        """``begin`` (a BEGIN statement), the caller's statements, then COMMIT; ROLLBACK on
        any error, and SQLite's own (a locked or damaged file, a full disk) said in one line.
        One body for a write (``transaction``) and a read (``snapshot``), so a change to how
        one ends reaches the other."""
        try:
            self.conn.execute(begin)
        except sqlite3.OperationalError as exc:
            raise (_translate(exc, self.path) or exc) from None
        try:
            yield
        except sqlite3.OperationalError as exc:
            self._rollback()
            if (error := _translate(exc, self.path)) is not None:
                raise error from None
            raise
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise (_translate(exc, self.path) or exc) from None

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
