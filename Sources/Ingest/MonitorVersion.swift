/// The release version, shown by `monitor --version` and in the User-Agent.
public enum MonitorVersion {
    public static let string = "0.1.0"
}
