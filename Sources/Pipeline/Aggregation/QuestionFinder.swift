import Foundation

/// Finds customer questions in owned sources that no staff reply followed within the SLA:
/// the 14 days ending with the report day, judged at the report day's end. Staff posts
/// after the day's end are ignored, so re-running an old day gives the same list.
struct QuestionFinder: Sendable {
    func questions(_ posts: [StoredPost], calendar: ReportCalendar, sources: [String: ReportSource])
        -> [UnansweredQuestion]
    {
        let windowStart = calendar.start(ofOffset: 1 - ReportInput.questionWindowDays)
        let end = calendar.reportEnd
        var staffTimes: [ThreadKey: [Date]] = [:]
        var threads: [ThreadKey: [StoredPost]] = [:]
        for post in posts where post.published < end {
            let key = ThreadKey(post)
            threads[key, default: []].append(post)
            if post.isStaff { staffTimes[key, default: []].append(post.published) }
        }
        var result: [UnansweredQuestion] = []
        for (key, thread) in threads {
            let source = sources[key.source]
            guard source?.owned ?? thread.contains(where: { $0.isOwnedSource }) else { continue }
            let slaHours = source?.slaHours ?? 24
            let ordered = thread.sorted(by: ReportText.chronological)
            let staff = (staffTimes[key] ?? []).sorted()
            for post in ordered where post.isQuestion && !post.isStaff && post.published >= windowStart {
                let firstReply = staff.first { $0 > post.published }
                let replyHours = firstReply.map { $0.timeIntervalSince(post.published) / 3600 }
                if let replyHours, replyHours <= slaHours { continue }
                let age = calendar.hoursBeforeEnd(post.published)
                let status: UnansweredQuestion.Status =
                    replyHours != nil ? .answeredLate : (age > slaHours ? .overdue : .open)
                result.append(
                    UnansweredQuestion(
                        threadID: key.threadID, threadTitle: ReportText.threadTitle(ordered, threadID: key.threadID),
                        threadURL: ReportText.threadURL(ordered), source: key.source, postKey: post.key,
                        link: post.link, published: post.published, ageHours: age, slaHours: slaHours, status: status,
                        answeredAfterHours: ReportRounding.round4(replyHours), topics: post.topics,
                        excerpt: ReportText.excerpt([post.title, post.text].compactMap { $0 }.joined(separator: " "))))
            }
        }
        return result.sorted(by: Self.order)
    }

    /// Overdue first, then open, then answered late; oldest first within each.
    static func order(_ a: UnansweredQuestion, _ b: UnansweredQuestion) -> Bool {
        let rank: [UnansweredQuestion.Status: Int] = [.overdue: 0, .open: 1, .answeredLate: 2]
        if a.status != b.status { return rank[a.status]! < rank[b.status]! }
        if a.published != b.published { return a.published < b.published }
        return a.postKey < b.postKey
    }
}
