/// Makes text safe to show on a terminal: no control, escape, bidirectional-override or invisible
/// characters reach it raw; each becomes a visible placeholder.
///
/// C0 controls show as their control picture (ESC → ␛), DEL as ␡, C1 controls, bidirectional
/// overrides and isolates, and invisible spaces as U+FFFD. Tabs become one space; line breaks are
/// kept only when `keepingLineBreaks` is set. Zero-width joiners stay: scripts and emoji need them.
public enum DisplaySanitizer {
  /// The sanitised text.
  public static func sanitize(_ text: some StringProtocol, keepingLineBreaks: Bool = false) -> String {
    var output = String.UnicodeScalarView()
    var changed = false
    for scalar in text.unicodeScalars {
      if let replacement = replacement(for: scalar, keepingLineBreaks: keepingLineBreaks) {
        output.append(replacement)
        changed = true
      } else {
        output.append(scalar)
      }
    }
    return changed ? String(output) : String(text)
  }

  /// The placeholder for `scalar`, or nil when it is safe as it is.
  public static func replacement(for scalar: Unicode.Scalar, keepingLineBreaks: Bool = false) -> Unicode
    .Scalar?
  {
    switch scalar.value {
    case 0x09: return " "
    case 0x0A where keepingLineBreaks: return nil
    case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value)
    case 0x7F: return "\u{2421}"
    case 0x80..<0xA0, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069,
      0xFEFF, 0xFFF9...0xFFFB:
      return "\u{FFFD}"
    case 0x2028, 0x2029: return keepingLineBreaks ? "\n" : " "
    default: return nil
    }
  }
}
