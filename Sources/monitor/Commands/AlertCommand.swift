import Foundation
import Pipeline

struct AlertCommand: Command {
    static let name = "alert"
    static let summary = "send a test mail through the configured SMTP server (or outbox)"
    static let help = """
        Usage: monitor alert --test --config PATH [--to ADDRESS]...

        Sends one test mail the way the nightly digest goes out: through alerts.smtp (STARTTLS
        per alerts.smtp.tls, user and password from their env variable or file) or, without
        SMTP, into alerts.outbox_directory. Touches neither the store nor the alert ledger.

        Options:
          --config PATH    the configuration file
          --test           send the test mail (required; the only action so far)
          --to ADDRESS     send to this address instead of alerts.smtp.to (repeatable)

        Exit codes: 0 sent, 3 invalid configuration or no alert destination, 4 not delivered
        (the message says why: unreachable, no STARTTLS, login refused, recipient refused).
        """

    let configPath: String
    let recipients: [String]

    init(arguments: inout Arguments) throws {
        configPath = try arguments.requiredOption("--config", hint: "the configuration file")
        guard arguments.flag("--test") else {
            throw UsageError("alert: say what to do: --test sends a test mail")
        }
        var recipients: [String] = []
        while let address = try arguments.option("--to") {
            guard MailAddress(parsing: address).isPlausible else { throw UsageError("alert: --to \(address): not a mail address") }
            recipients.append(address)
        }
        self.recipients = recipients
        _ = try arguments.positionals(max: 0)
    }

    func run() throws -> Int32 {
        let workspace = try Workspace.load(configPath: configPath)
        guard let sender = workspace.alertSender() else {
            Console.error("\(configPath): alerts: neither alerts.smtp nor alerts.outbox_directory is set; nothing to test (see docs/ALERTS.md)")
            return ExitCode.configuration.rawValue
        }
        let message = TestMail.message(
            settings: workspace.configuration.alerts, to: recipients.isEmpty ? nil : recipients, now: Date())
        do {
            try sender.send(message)
        } catch {
            Console.error("test mail not delivered: \(error)")
            return ExitCode.alertDelivery.rawValue
        }
        print("alerts: test mail <\(message.messageID)> sent to \(message.to.map(\.address).joined(separator: ", ")) via \(sender.destination)")
        return ExitCode.success.rawValue
    }
}
