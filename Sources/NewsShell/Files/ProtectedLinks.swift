import Foundation

/// The rule Linux applies when `fs.protected_symlinks` is on, applied by newsq whatever the system's
/// setting, because newsq follows links itself before renaming onto their target: in a folder that is
/// sticky and writable by everyone (`/tmp`), a symbolic link is followed only when it belongs to the
/// person following it or to the folder's owner. A link planted there by someone else — pointing at your
/// `~/.bashrc` — is refused rather than written through.
enum ProtectedLinks {
  /// Whether a link owned by `linkOwner`, in a folder with `folderMode` owned by `folderOwner`, may be
  /// followed by `follower`.
  static func mayFollow(linkOwner: uid_t, folderMode: mode_t, folderOwner: uid_t, follower: uid_t) -> Bool {
    let isShared = folderMode & S_ISVTX != 0 && folderMode & S_IWOTH != 0
    return !isShared || linkOwner == follower || linkOwner == folderOwner
  }

  /// Applies the rule to the link at `link` in `folder`; nil when it may be followed, else why not.
  static func refusal(link: String, linkOwner: uid_t, folder: String) -> String? {
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0 else { return nil }
    guard
      !mayFollow(
        linkOwner: linkOwner, folderMode: folderInfo.st_mode, folderOwner: folderInfo.st_uid, follower: geteuid())
    else { return nil }
    return "the symbolic link \(link) belongs to another user in the shared folder \(folder), so it is not followed"
      + " (as the kernel's fs.protected_symlinks does)"
  }
}
