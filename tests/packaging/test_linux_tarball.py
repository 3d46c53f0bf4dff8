"""The Linux archive (``packaging/linux_tarball.py``): one ``posapp-<version>/`` folder in a
``.tar.xz`` that ``tarfile`` (and so GNU tar) reads back, with the launcher files, owned by
root, executables still executable, and no half-written archive left under the final name."""

from __future__ import annotations

import stat
import tarfile
from pathlib import Path

from tests.packaging import PACKAGING, load

linux_tarball = load("linux_tarball")


def _fake_bundle(root: Path) -> Path:
    bundle = root / "posapp"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "posapp").write_bytes(b"\x7fELF" + b"\0" * 4096)
    (bundle / "posapp").chmod(0o755)
    (bundle / "_internal" / "libdemo.so").write_bytes(bytes(range(256)) * 64)
    return bundle


def test_packs_one_folder_as_tar_xz(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    icon = PACKAGING.parent / "resources" / "icons" / "posapp.png"
    target = linux_tarball.make_tarball(bundle, version="9.8.7", icon=icon)
    assert target.parent == tmp_path
    assert target.name == linux_tarball.tarball_name("9.8.7")
    assert target.name.startswith("posapp-9.8.7-linux-") and target.name.endswith(".tar.xz")
    assert not list(tmp_path.glob("*.partial"))
    with target.open("rb") as raw:
        assert raw.read(6) == b"\xfd7zXZ\x00"  # xz, not gzip
    with tarfile.open(target, "r:xz") as archive:
        members = {m.name: m for m in archive.getmembers()}
    top = "posapp-9.8.7"
    for name in ("posapp", "posapp.desktop", "posapp.png", "install-desktop-entry.sh",
                 "_internal/libdemo.so"):  # fmt: skip
        assert f"{top}/{name}" in members, name
    assert {m.name.split("/")[0] for m in members.values()} == {top}
    assert all(m.uid == 0 and m.uname == "root" for m in members.values())
    assert members[f"{top}/posapp"].mode & stat.S_IXUSR
    assert members[f"{top}/install-desktop-entry.sh"].mode & stat.S_IXUSR
