"""A throwaway PostgreSQL cluster for the tests: initdb into build/, pg_ctl start on a free port of
127.0.0.1, PostGIS created in a database of its own; stopped and removed at the end, also when a test
fails (the pytest fixture's finally, and atexit for a process that dies between).

As root, the server runs as the `postgres` user that Debian's postgresql package creates (PostgreSQL
refuses to run as root). Connections are trusted from 127.0.0.1 only: the cluster holds nothing but
test data and lives as long as one test run.

    python test/tools/pg_cluster.py      # start one, print its settings, wait for Enter, remove it
"""
import atexit
import glob
import hashlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATABASE = "ce_test"
TEAM_SQL = """
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ce_reader') THEN
    CREATE ROLE ce_reader NOLOGIN; CREATE ROLE ce_analyst NOLOGIN IN ROLE ce_reader;
    CREATE ROLE ce_editor NOLOGIN IN ROLE ce_analyst;
    CREATE ROLE rita LOGIN IN ROLE ce_reader; CREATE ROLE ann LOGIN IN ROLE ce_analyst;
    CREATE ROLE bob LOGIN IN ROLE ce_analyst; CREATE ROLE eve LOGIN IN ROLE ce_editor;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'olga') THEN
    CREATE ROLE olga LOGIN;
  END IF;
END $$;
"""
# Ten analysts who edit one case at once (test_team_load.py, make bench): odd ones may also grade.
LOAD_USERS = tuple(f"analyst{n:02d}" for n in range(1, 11))
LOAD_SQL = "DO $$ BEGIN " + " ".join(
    f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN "
    f"CREATE ROLE {name} LOGIN IN ROLE {'ce_editor' if n % 2 else 'ce_analyst'}; END IF;"
    for n, name in enumerate(LOAD_USERS, 1)) + " END $$;"


def _bin_dir():
    """The newest PostgreSQL of Debian's packages (15 on Debian 12, 17 on Debian 13)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if not found:
        raise RuntimeError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                           "run `make setup`, which installs it with test/tools/install_system_packages.sh")
    return Path(found[-1]).parent


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _postgres_can_enter(folder):
    return subprocess.run(["runuser", "-u", "postgres", "--", "test", "-x", str(folder)],
                          capture_output=True, check=False).returncode == 0


def _parent_for_postgres(parent):
    """As root, the server runs as `postgres`, which must reach its data folder. A clone in root's home (mode
    700), or under a `mktemp -d` folder, cannot be entered by it: the cluster then lives in the system's temporary
    folder, under a name of this checkout's own, so that leftovers of one checkout are never another's."""
    if os.geteuid() != 0 or _postgres_can_enter(parent):
        return parent
    fallback = Path(tempfile.gettempdir()) / f"ce-pg-{hashlib.sha256(str(parent).encode()).hexdigest()[:12]}"
    fallback.mkdir(mode=0o755, exist_ok=True)
    os.chmod(fallback, 0o755)  # whatever the umask
    return fallback


class Cluster:
    def __init__(self, parent=None):
        self.bin = _bin_dir()
        self.port = _free_port()
        parent = Path(parent or ROOT / "build")
        parent.mkdir(parents=True, exist_ok=True)
        parent = _parent_for_postgres(parent)
        self.folder = Path(tempfile.mkdtemp(prefix="pg-", dir=parent))
        self.data = self.folder / "data"
        self.user = "postgres"
        self._as = []
        if os.geteuid() == 0:
            entry = pwd.getpwnam("postgres")
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        else:
            self.user = pwd.getpwuid(os.geteuid()).pw_name
        self.started = False

    def _run(self, *command):
        done = subprocess.run([*self._as, *command], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stdout[-2000:]}{done.stderr[-2000:]}")
        return done.stdout

    def start(self):
        atexit.register(self.remove)
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, "-A", "trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40 "
                   "-c shared_buffers=64MB")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")
        self.started = True
        self.psql("postgres", f"CREATE DATABASE {DATABASE}")
        self.psql(DATABASE, "CREATE EXTENSION postgis")
        return self

    def psql(self, database, sql):
        return subprocess.run(
            [str(self.bin / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port),
             "-U", self.user, "-d", database, "-c", sql], capture_output=True, text=True, check=True).stdout

    def create_team(self):
        """The three roles of a team store (docs/team-store.md) and four analysts who log in: rita reads,
        ann and bob edit, eve edits and grades; olga logs in and holds none of the roles (an outsider);
        analyst01..analyst10 edit (the odd ones grade too). Once per cluster."""
        self.psql(DATABASE, TEAM_SQL)
        self.psql(DATABASE, LOAD_SQL)

    def require_password(self, user, password):
        """user logs in with this password only (scram-sha-256), the others stay trusted: for the tests of
        what a message says when a password is wrong or odd. Once per user and cluster."""
        hba = self.data / "pg_hba.conf"
        line = f"host all {user} 127.0.0.1/32 scram-sha-256\n"
        if line not in hba.read_text():
            hba.write_text(line + hba.read_text())
        with subprocess.Popen([str(self.bin / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                               "-p", str(self.port), "-U", self.user, "-d", DATABASE, "-f", "-"],
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True) as psql:
            # on standard input, not the command line, where any process could read it
            # scram-sha-256 as the hba line asks (PostgreSQL 13 hashes a new password md5 by default)
            psql.communicate(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{user}') THEN "
                             f"CREATE ROLE {user} LOGIN IN ROLE ce_editor; END IF; END $$;\n"
                             "SET password_encryption = 'scram-sha-256';\n"  # pragma: allowlist secret
                             f"ALTER ROLE {user} PASSWORD '{password.replace(chr(39), chr(39) * 2)}';\n")
        if psql.returncode:
            raise RuntimeError(f"the password of {user} could not be set")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "reload")

    def conninfo(self, user=None, database=DATABASE):
        return f"host=127.0.0.1 port={self.port} dbname={database} user={user or self.user}"

    def uri(self, schema, user=None):
        return f"postgresql://{user or self.user}@127.0.0.1:{self.port}/{DATABASE}?schema={schema}"

    def remove(self):
        if self.started:
            subprocess.run([*self._as, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                            "-w", "stop"], capture_output=True, check=False)
            self.started = False
        shutil.rmtree(self.folder, ignore_errors=True)


def remove_leftovers(parent=None):
    """Stop and remove clusters a killed test run left in build/ (pg-*), so none outlives its run."""
    parent = Path(parent or ROOT / "build")
    parent.mkdir(parents=True, exist_ok=True)
    for folder in sorted({*parent.glob("pg-*"), *_parent_for_postgres(parent).glob("pg-*")}):
        data = folder / "data"
        if (data / "postmaster.pid").exists():
            runner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
            subprocess.run([*runner, str(_bin_dir() / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--remove-leftovers"]:
        remove_leftovers()
        sys.exit(0)
    cluster = Cluster().start()
    try:
        print(f"PostgreSQL on 127.0.0.1:{cluster.port}, database {DATABASE}, user {cluster.user}")
        print(f"  psql \"{cluster.conninfo()}\"")
        input("Enter stops and removes it. ")
    finally:
        cluster.remove()

