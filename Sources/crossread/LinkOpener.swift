#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens a web address in the user's browser with `xdg-open`, never through a shell.
///
/// The address goes to the program as one argument of an argument list; the reader has already
/// allowed only http and https. The browser's output goes to /dev/null so it cannot draw over the
/// reader's screen.
enum LinkOpener {
  /// Starts `xdg-open ADDRESS` and returns at once; false when it cannot be started.
  static func open(_ address: String) -> Bool {
    // Nobody waits for the opener: let the system reap it.
    signal(SIGCHLD, SIG_IGN)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in [0, 1, 2] {
      posix_spawn_file_actions_addopen(
        &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    let arguments = ["xdg-open", address]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var child: pid_t = 0
    let status = posix_spawnp(&child, "xdg-open", &actions, nil, &argv, environ)
    return status == 0
  }
}
