#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest against the build (TAP).

The manifest must name a current GNOME runtime, grant no blanket file access (files come
through the portals), pin every bundled module with a checksum, and bundle exactly what
meson.build needs beyond what the runtime provides.

Usage: check-flatpak.py SOURCE_ROOT
"""

import json
import os
import re
import sys

MANIFEST = os.path.join('flatpak', 'org.merit.Merit.json')
APP_ID = 'org.merit.Merit'
MIN_GNOME = 47

# pkg-config names that org.gnome.Platform provides (GNOME 47 and later); its cairo is built
# with the PNG, PDF and SVG back ends.
RUNTIME_PROVIDES = {
    'glib-2.0', 'gobject-2.0', 'gio-2.0', 'gio-unix-2.0', 'libxml-2.0', 'json-glib-1.0',
    'gtk4', 'libadwaita-1', 'pangocairo', 'cairo', 'cairo-pdf', 'cairo-png', 'cairo-svg', 'm',
    'libpcre2-8',
}
# pkg-config names that a manifest module builds, by module name.
MODULE_PROVIDES = {
    'libsodium': {'libsodium'},
}
# Blanket access that would bypass the file chooser portal.
FORBIDDEN_FILESYSTEMS = {'home', 'host', 'host-os', 'host-etc'}

DEPENDENCY_RE = re.compile(r"""\b(?:dependency|find_library)\s*\(\s*['"]([^'"]+)['"]""")

results = []


def check(ok, description, diagnostics=()):
    results.append(ok)
    print(('ok' if ok else 'not ok'), len(results), '-', description)
    for line in diagnostics:
        print('#', line)


def meson_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        # Build directories, subprojects and VCS metadata are not part of the build description.
        dirnames[:] = sorted(d for d in dirnames
                             if not d.startswith(('_build', '.', 'build')) and
                             d != 'subprojects')
        for name in ('meson.build',):
            if name in filenames:
                yield os.path.join(dirpath, name)


def meson_dependencies(root):
    names = {}
    for path in meson_files(root):
        with open(path, encoding='utf-8') as f:
            for lineno, line in enumerate(f, 1):
                code = line.split('#', 1)[0]
                for name in DEPENDENCY_RE.findall(code):
                    names.setdefault(name, '%s:%d' % (os.path.relpath(path, root), lineno))
    return names


def finish_arg_value(arg, option):
    prefix = option + '='
    return arg[len(prefix):] if arg.startswith(prefix) else None


def main():
    if len(sys.argv) != 2:
        print('usage: check-flatpak.py SOURCE_ROOT', file=sys.stderr)
        return 2
    root = os.path.abspath(sys.argv[1])
    print('1..9')

    try:
        with open(os.path.join(root, MANIFEST), encoding='utf-8') as f:
            manifest = json.load(f)
        check(isinstance(manifest, dict), MANIFEST + ' parses as JSON')
    except (OSError, ValueError) as e:
        check(False, MANIFEST + ' parses as JSON', [str(e)])
        return 1

    check(manifest.get('id', manifest.get('app-id')) == APP_ID and
          manifest.get('command') == 'merit',
          'the manifest builds %s and runs merit' % APP_ID)

    version = str(manifest.get('runtime-version', ''))
    check(manifest.get('runtime') == 'org.gnome.Platform' and
          manifest.get('sdk') == 'org.gnome.Sdk' and
          version.isdigit() and int(version) >= MIN_GNOME,
          'runtime org.gnome.Platform and org.gnome.Sdk, version %s >= %d'
          % (version or '(none)', MIN_GNOME))

    args = manifest.get('finish-args', [])
    needed = ['--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri']
    check(all(a in args for a in needed), 'finish-args share IPC, Wayland, fallback X11 and DRI',
          ['missing: ' + a for a in needed if a not in args])

    broad = [a for a in args
             if (finish_arg_value(a, '--filesystem') or '').split(':')[0] in FORBIDDEN_FILESYSTEMS
             or a in ('--socket=x11', '--device=all', '--talk-name=org.freedesktop.Flatpak')]
    check(not broad, 'no blanket file or host access: files come through the portals', broad)

    modules = manifest.get('modules', [])
    names = [m.get('name') if isinstance(m, dict) else m for m in modules]
    check(bool(modules) and names[-1] == 'merit' and
          modules[-1].get('buildsystem') == 'meson' and
          any(s.get('type') == 'dir' and s.get('path') == '..'
              for s in modules[-1].get('sources', [])),
          'merit is the last module, built with meson from this tree', ['modules: %s' % names])

    unpinned = []
    for module in modules[:-1]:
        if not isinstance(module, dict):
            unpinned.append('%s: a module in another file is not checked here' % module)
            continue
        sources = module.get('sources', [])
        if not sources:
            unpinned.append('%s: no sources' % module.get('name'))
        for source in sources:
            if source.get('type') in ('archive', 'file') and \
               not (source.get('url', '').startswith('https://') and
                    re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', ''))):
                unpinned.append('%s: %s without an https url and a sha256'
                                % (module.get('name'), source.get('type')))
            elif source.get('type') == 'git' and not source.get('commit'):
                unpinned.append('%s: git source without a commit' % module.get('name'))
            elif source.get('type') not in ('archive', 'file', 'git', 'patch'):
                unpinned.append('%s: %s source cannot be pinned'
                                % (module.get('name'), source.get('type')))
    check(bool(modules) and not unpinned, 'every bundled module has a pinned source', unpinned)

    deps = meson_dependencies(root)
    bundled = set()
    for name in names[:-1]:
        bundled |= MODULE_PROVIDES.get(name, set())
    missing = ['%s (%s) is neither in the runtime nor built by a module' % (d, where)
               for d, where in sorted(deps.items())
               if d not in RUNTIME_PROVIDES and d not in bundled]
    check(bool(deps) and not missing, 'every dependency() in meson.build is available (%s)'
          % ', '.join(sorted(deps)), missing)

    unused = ['module %s builds %s, which meson.build does not use'
              % (name, ', '.join(sorted(MODULE_PROVIDES.get(name, {'nothing known'}))))
              for name in names[:-1] if not MODULE_PROVIDES.get(name, set()) & set(deps)]
    check(not unused, 'every bundled module is needed by meson.build', unused)

    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main())
