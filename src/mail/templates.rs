//! Message texts in Korean and English, plain text and HTML. Subjects are
//! fixed strings (no user text can reach a header), and every value put into
//! HTML is escaped.

use crate::domain::Locale;

pub enum Template<'a> {
    EntrySubmitted {
        name: &'a str,
        contest: &'a str,
        receipt: &'a str,
    },
    /// An organizer found the entry ineligible.
    EntryDisqualified {
        name: &'a str,
        contest: &'a str,
        receipt: &'a str,
        reason: &'a str,
    },
    VerifyEmail {
        name: &'a str,
        link: &'a str,
    },
    /// Someone tried to register with an address that already has an account.
    AccountExists {
        name: &'a str,
        reset_link: &'a str,
    },
    ResetPassword {
        name: &'a str,
        link: &'a str,
    },
    GuardianConsent {
        guardian_name: &'a str,
        child_name: &'a str,
        link: &'a str,
    },
    PasswordChanged {
        name: &'a str,
    },
    /// A team's leader invites this address; the link leads to the
    /// invitations page, where the invitee signs in to answer.
    TeamInvitation {
        team: &'a str,
        contest: &'a str,
        inviter: &'a str,
        link: &'a str,
    },
    /// An organizer invites this address to judge a stage; the link leads to
    /// the judging page, where the invitee signs in to accept.
    JudgeInvitation {
        stage: &'a str,
        contest: &'a str,
        link: &'a str,
    },
    /// The results are announced and this entry won an award.
    ResultsWinner {
        name: &'a str,
        contest: &'a str,
        award: &'a str,
        work: &'a str,
        link: &'a str,
    },
    /// The results are announced; thanks for taking part.
    ResultsThanks {
        name: &'a str,
        contest: &'a str,
        link: &'a str,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Organizer text in a subject line: control characters (a line break
/// would start a new header) become spaces.
fn one_line(value: &str) -> String {
    value.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

pub fn escape_html(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Paragraphs, an optional link button, and a footer; `{name}`-style values are
/// already substituted in `paragraphs` as plain text and escaped here.
fn compose(subject: &str, greeting: &str, paragraphs: &[String], link: Option<(&str, &str)>, footer: &str) -> Rendered {
    let mut text = format!("{greeting}\n\n");
    let mut html = format!(
        "<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.6;color:#1a1a1a\"><p>{}</p>",
        escape_html(greeting)
    );
    for p in paragraphs {
        text.push_str(p);
        text.push_str("\n\n");
        html.push_str(&format!("<p>{}</p>", escape_html(p)));
    }
    if let Some((label, url)) = link {
        text.push_str(&format!("{label}: {url}\n\n"));
        html.push_str(&format!(
            "<p><a href=\"{url}\" style=\"background:#0b57d0;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none\">{label}</a></p><p style=\"font-size:13px;color:#555\">{url}</p>",
            url = escape_html(url),
            label = escape_html(label)
        ));
    }
    text.push_str(footer);
    text.push('\n');
    html.push_str(&format!("<p style=\"font-size:13px;color:#555\">{}</p></body></html>", escape_html(footer)));
    Rendered { subject: subject.to_owned(), text, html }
}

pub fn render(template: &Template<'_>, locale: Locale) -> Rendered {
    let footer = match locale {
        Locale::Ko => "모두 — 시민 참여 플랫폼. 본인이 요청하지 않았다면 이 메일을 무시하세요.",
        Locale::En => "Modu — the citizen participation platform. If you did not ask for this, ignore this email.",
    };
    match (template, locale) {
        (Template::VerifyEmail { name, link }, Locale::Ko) => compose(
            "[모두] 이메일 주소를 확인해 주세요",
            &format!("{name}님, 안녕하세요."),
            &["모두에 가입해 주셔서 감사합니다. 아래 링크를 눌러 이메일 주소를 확인하면 공모전 응모, 투표, 심사에 참여할 수 있습니다. 링크는 48시간 동안 한 번만 쓸 수 있습니다.".to_owned()],
            Some(("이메일 확인하기", link)),
            footer,
        ),
        (Template::VerifyEmail { name, link }, Locale::En) => compose(
            "[Modu] Please confirm your email address",
            &format!("Hello {name},"),
            &["Thank you for joining Modu. Confirm your email address with the link below to enter contests, vote and judge. The link works once, for 48 hours.".to_owned()],
            Some(("Confirm my email", link)),
            footer,
        ),
        (Template::AccountExists { name, reset_link }, Locale::Ko) => compose(
            "[모두] 이미 가입된 이메일입니다",
            &format!("{name}님, 안녕하세요."),
            &["누군가 이 이메일 주소로 모두에 가입하려고 했습니다. 이미 계정이 있으니 그대로 로그인하시면 됩니다. 비밀번호가 기억나지 않으면 아래 링크에서 재설정하세요.".to_owned()],
            Some(("비밀번호 재설정", reset_link)),
            footer,
        ),
        (Template::AccountExists { name, reset_link }, Locale::En) => compose(
            "[Modu] You already have an account",
            &format!("Hello {name},"),
            &["Someone tried to register on Modu with this email address. You already have an account, so just sign in. If you forgot your password, reset it below.".to_owned()],
            Some(("Reset my password", reset_link)),
            footer,
        ),
        (Template::ResetPassword { name, link }, Locale::Ko) => compose(
            "[모두] 비밀번호 재설정 안내",
            &format!("{name}님, 안녕하세요."),
            &["비밀번호 재설정을 요청하셨습니다. 아래 링크는 1시간 동안 한 번만 쓸 수 있습니다. 재설정하면 모든 기기에서 로그아웃됩니다.".to_owned()],
            Some(("비밀번호 재설정", link)),
            footer,
        ),
        (Template::ResetPassword { name, link }, Locale::En) => compose(
            "[Modu] Reset your password",
            &format!("Hello {name},"),
            &["You asked to reset your password. The link below works once, for one hour. Resetting signs you out on every device.".to_owned()],
            Some(("Reset my password", link)),
            footer,
        ),
        (Template::GuardianConsent { guardian_name, child_name, link }, Locale::Ko) => compose(
            "[모두] 법정대리인 동의 요청",
            &format!("{guardian_name}님, 안녕하세요."),
            &[
                format!("만 14세 미만인 '{child_name}'님이 모두에 가입하면서 귀하를 법정대리인으로 지정했습니다."),
                "개인정보 보호법에 따라 만 14세 미만 아동의 개인정보를 처리하려면 법정대리인의 동의가 필요합니다. 아래 링크에서 수집 항목과 목적을 확인하고 동의해 주세요. 동의 전까지 계정은 응모·투표가 제한됩니다. 링크는 7일간 유효합니다.".to_owned(),
            ],
            Some(("동의 내용 확인하기", link)),
            footer,
        ),
        (Template::GuardianConsent { guardian_name, child_name, link }, Locale::En) => compose(
            "[Modu] A guardian's consent is requested",
            &format!("Hello {guardian_name},"),
            &[
                format!("'{child_name}', who is under 14, registered on Modu and named you as their legal guardian."),
                "Korean privacy law requires a legal guardian's consent to process the personal data of a child under 14. Review what is collected and why, and give your consent with the link below. Until then the account cannot enter contests or vote. The link works for 7 days.".to_owned(),
            ],
            Some(("Review and consent", link)),
            footer,
        ),
        (Template::EntrySubmitted { name, contest, receipt }, Locale::Ko) => compose(
            "[모두] 응모가 접수되었습니다",
            &format!("{name}님, 안녕하세요."),
            &[
                format!("'{contest}' 공모전에 응모가 접수되었습니다. 접수번호는 {receipt} 입니다."),
                "마감 전까지는 응모 내용을 고치거나 철회할 수 있습니다. 결과는 발표일에 안내해 드립니다.".to_owned(),
            ],
            None,
            footer,
        ),
        (Template::EntrySubmitted { name, contest, receipt }, Locale::En) => compose(
            "[Modu] Your entry was received",
            &format!("Hello {name},"),
            &[
                format!("Your entry to '{contest}' was received. Its receipt number is {receipt}."),
                "You can change or withdraw it until the deadline. We will tell you the results on the announcement date.".to_owned(),
            ],
            None,
            footer,
        ),
        (Template::EntryDisqualified { name, contest, receipt, reason }, Locale::Ko) => compose(
            "[모두] 응모작 심사 제외 안내",
            &format!("{name}님, 안녕하세요."),
            &[
                format!("'{contest}' 공모전에 접수하신 응모작({receipt})이 자격 심사에서 제외되었습니다."),
                format!("사유: {reason}"),
                "문의가 있으시면 공모전 주최 측 연락처로 알려 주세요.".to_owned(),
            ],
            None,
            footer,
        ),
        (Template::EntryDisqualified { name, contest, receipt, reason }, Locale::En) => compose(
            "[Modu] Your entry was not admitted",
            &format!("Hello {name},"),
            &[
                format!("Your entry to '{contest}' ({receipt}) did not pass screening and will not be judged."),
                format!("Reason: {reason}"),
                "If you have questions, write to the contest's organizers.".to_owned(),
            ],
            None,
            footer,
        ),
        (Template::PasswordChanged { name }, Locale::Ko) => compose(
            "[모두] 비밀번호가 변경되었습니다",
            &format!("{name}님, 안녕하세요."),
            &["계정의 비밀번호가 변경되어 모든 기기에서 로그아웃되었습니다. 본인이 변경하지 않았다면 즉시 비밀번호를 재설정하세요.".to_owned()],
            None,
            footer,
        ),
        (Template::TeamInvitation { team, contest, inviter, link }, Locale::Ko) => compose(
            "[모두] 팀 초대가 도착했습니다",
            "안녕하세요.",
            &[
                format!("{inviter}님이 '{contest}' 공모전의 '{team}' 팀에 초대했습니다."),
                "이 이메일 주소로 가입한 계정으로 로그인해 초대를 수락하거나 거절하세요. 계정이 없다면 이 주소로 가입하고 이메일을 확인하면 초대가 보입니다. 초대는 7일 동안 유효합니다.".to_owned(),
            ],
            Some(("초대 확인하기", link)),
            footer,
        ),
        (Template::TeamInvitation { team, contest, inviter, link }, Locale::En) => compose(
            "[Modu] You are invited to a team",
            "Hello,",
            &[
                format!("{inviter} invited you to the team '{team}' in the contest '{contest}'."),
                "Sign in with the account of this email address to accept or decline. If you have no account, register with this address and confirm it, and the invitation will be there. The invitation is valid for 7 days.".to_owned(),
            ],
            Some(("See the invitation", link)),
            footer,
        ),
        (Template::JudgeInvitation { stage, contest, link }, Locale::Ko) => compose(
            "[모두] 심사위원으로 위촉되었습니다",
            "안녕하세요.",
            &[
                format!("'{contest}' 공모전의 '{stage}' 심사위원으로 초대합니다."),
                "이 이메일 주소로 가입한 계정으로 로그인해 위촉을 수락하세요. 계정이 없다면 이 주소로 가입하고 이메일을 확인하면 초대가 보입니다. 작품을 보기 전에 작품마다 이해충돌(제척·기피·회피) 여부를 먼저 밝히게 됩니다.".to_owned(),
            ],
            Some(("심사 페이지로 가기", link)),
            footer,
        ),
        (Template::JudgeInvitation { stage, contest, link }, Locale::En) => compose(
            "[Modu] You are invited to judge",
            "Hello,",
            &[
                format!("You are invited to judge the stage '{stage}' of the contest '{contest}'."),
                "Sign in with the account of this email address to accept. If you have no account, register with this address and confirm it, and the invitation will be there. Before you see an entry you will declare whether you have a conflict of interest with it.".to_owned(),
            ],
            Some(("Go to judging", link)),
            footer,
        ),
        (Template::ResultsWinner { name, contest, award, work, link }, Locale::Ko) => compose(
            &format!("[모두] 축하합니다! '{}' {} 수상", one_line(contest), one_line(award)),
            &format!("{name} 님, 안녕하세요."),
            &[
                format!("'{contest}' 공모전의 심사 결과가 발표되었습니다. 응모하신 '{work}'이(가) {award}을(를) 받았습니다. 축하드립니다!"),
                "수상 내역과 상장은 결과 페이지와 내 응모 목록에서 확인할 수 있습니다.".to_owned(),
            ],
            Some(("결과 보기", link)),
            footer,
        ),
        (Template::ResultsWinner { name, contest, award, work, link }, Locale::En) => compose(
            &format!("[Modu] Congratulations: {} in '{}'", one_line(award), one_line(contest)),
            &format!("Hello {name},"),
            &[
                format!("The results of '{contest}' are announced. Your entry '{work}' won the {award}. Congratulations!"),
                "Your award and its certificate are on the results page and in your entries.".to_owned(),
            ],
            Some(("See the results", link)),
            footer,
        ),
        (Template::ResultsThanks { name, contest, link }, Locale::Ko) => compose(
            &format!("[모두] '{}' 심사 결과가 발표되었습니다", one_line(contest)),
            &format!("{name} 님, 안녕하세요."),
            &[
                format!("'{contest}' 공모전에 참여해 주셔서 감사합니다. 심사 결과가 발표되었습니다."),
                "아쉽게도 이번에는 수상하지 못했습니다. 결과 페이지에서 수상작을 확인할 수 있습니다. 다음 공모전에서 다시 만나기를 바랍니다.".to_owned(),
            ],
            Some(("결과 보기", link)),
            footer,
        ),
        (Template::ResultsThanks { name, contest, link }, Locale::En) => compose(
            &format!("[Modu] The results of '{}' are announced", one_line(contest)),
            &format!("Hello {name},"),
            &[
                format!("Thank you for taking part in '{contest}'. The results are announced."),
                "Your entry did not win an award this time. The winners are on the results page. We hope to see you in the next contest.".to_owned(),
            ],
            Some(("See the results", link)),
            footer,
        ),
        (Template::PasswordChanged { name }, Locale::En) => compose(
            "[Modu] Your password was changed",
            &format!("Hello {name},"),
            &["Your account's password was changed and every device was signed out. If this was not you, reset your password at once.".to_owned()],
            None,
            footer,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_escaped_in_html() {
        let r =
            render(&Template::VerifyEmail { name: "<script>alert(1)</script>", link: "http://x/?a=1&b=2" }, Locale::En);
        assert!(!r.html.contains("<script>"));
        assert!(r.html.contains("&lt;script&gt;"));
        assert!(r.html.contains("a=1&amp;b=2"));
        assert!(r.text.contains("http://x/?a=1&b=2"));
    }

    #[test]
    fn the_recipients_locale_picks_the_language() {
        let ko = render(&Template::ResetPassword { name: "민지", link: "l" }, Locale::Ko);
        let en = render(&Template::ResetPassword { name: "Minji", link: "l" }, Locale::En);
        assert!(ko.subject.contains("비밀번호"));
        assert!(en.subject.contains("password"));
    }

    #[test]
    fn a_winner_hears_the_award_and_the_work_and_the_others_are_thanked_in_their_language() {
        let won = Template::ResultsWinner {
            name: "김민준",
            contest: "에코델타\r\nBcc: x@y.kr",
            award: "대상",
            work: "<물빛도시>",
            link: "http://x/r",
        };
        let ko = render(&won, Locale::Ko);
        assert!(ko.subject.contains("대상") && !ko.subject.contains('\n') && !ko.subject.contains('\r'));
        assert!(
            ko.text.contains("<물빛도시>") && ko.html.contains("&lt;물빛도시&gt;") && ko.text.contains("http://x/r")
        );
        let en = render(
            &Template::ResultsWinner {
                name: "Minjun",
                contest: "Eco Delta",
                award: "Grand prize",
                work: "Water city",
                link: "l",
            },
            Locale::En,
        );
        assert!(en.subject.contains("Grand prize") && en.text.contains("Water city"));
        let thanks =
            render(&Template::ResultsThanks { name: "이서연", contest: "에코델타", link: "http://x/r" }, Locale::Ko);
        assert!(thanks.text.contains("감사") && thanks.text.contains("http://x/r") && !thanks.text.contains("대상"));
        let thanks_en =
            render(&Template::ResultsThanks { name: "Seoyeon", contest: "Eco Delta", link: "l" }, Locale::En);
        assert!(thanks_en.subject.contains("Eco Delta") && thanks_en.text.contains("Thank you"));
    }

    #[test]
    fn subjects_never_contain_user_text() {
        let r = render(&Template::VerifyEmail { name: "Evil\r\nBcc: x@y.kr", link: "l" }, Locale::Ko);
        assert!(!r.subject.contains('\n') && !r.subject.contains("Evil"));
    }

    #[test]
    fn a_team_invitation_names_the_team_contest_and_inviter_in_both_languages() {
        let invitation = Template::TeamInvitation {
            team: "<물빛>",
            contest: "해커톤",
            inviter: "김민지",
            link: "http://x/me/teams",
        };
        let ko = render(&invitation, Locale::Ko);
        let en = render(&invitation, Locale::En);
        assert!(ko.text.contains("김민지님이 '해커톤' 공모전의 '<물빛>' 팀에 초대했습니다."));
        assert!(en.text.contains("김민지 invited you to the team '<물빛>' in the contest '해커톤'."));
        assert!(ko.html.contains("&lt;물빛&gt;") && !ko.html.contains("<물빛>"));
        assert!(en.text.contains("http://x/me/teams") && !en.subject.contains("물빛"));
    }
}
