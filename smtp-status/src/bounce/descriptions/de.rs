//! What each [`Reason`] means, in German (`de`): our words, as the
//! English of [`Reason::description`].

use crate::Reason;

/// The description of `reason` in German.
pub(super) const fn description(reason: Reason) -> &'static str {
    match reason {
        Reason::Delivered => "Die Nachricht wurde zugestellt.",
        Reason::UserUnknown => "Die Adresse existiert nicht: nicht erneut versuchen, Adresse entfernen.",
        Reason::HostUnknown => "Die Domain der Adresse existiert nicht oder hat keinen Mailserver: nicht erneut versuchen, Adresse entfernen.",
        Reason::HasMoved => "Der Empfänger nutzt diese Adresse nicht mehr: nicht erneut versuchen, Adresse entfernen.",
        Reason::NotAccept => "Die Domain der Adresse nimmt überhaupt keine E-Mails an: nicht erneut versuchen, Adresse entfernen.",
        Reason::MailboxFull => "Das Postfach ist voll: Die Adresse ist gültig; später erneut versuchen.",
        Reason::ExceedLimit => "Die Nachricht überschreitet eine Grenze des Empfängersystems: eine kleinere oder einfachere senden.",
        Reason::MesgTooBig => "Die Nachricht ist für das Empfängersystem zu groß: eine kleinere senden.",
        Reason::NoRelaying => "Der Server leitet für diesen Absender nicht weiter: über den richtigen Server senden.",
        Reason::Blocked => "Der sendende Host ist gesperrt, etwa durch eine Sperrliste: den Eintrag beheben, dann erneut versuchen.",
        Reason::BadReputation => "Der Ruf des sendenden Hosts ist zu schlecht: langsamer senden und ihn verbessern.",
        Reason::RequirePtr => "Dem sendenden Host fehlt ein passender Reverse-DNS-Name: einen einrichten.",
        Reason::AuthFailure => "Die Nachricht hat die SPF-, DKIM- oder DMARC-Prüfung nicht bestanden: die Authentifizierung des Absenders korrigieren.",
        Reason::SpamDetected => "Die Nachricht wurde für Spam gehalten: Die Adresse ist gültig; den Inhalt prüfen.",
        Reason::VirusDetected => "In der Nachricht wurde Schadsoftware gefunden.",
        Reason::PolicyViolation => "Die Nachricht oder ihr Absender verstößt gegen eine Richtlinie der Empfängerseite.",
        Reason::Rejected => "Die Absenderadresse wurde abgelehnt.",
        Reason::Filtered => "Ein Filter der Empfängerseite hat die Nachricht abgelehnt.",
        Reason::SecurityError => "Eine Sicherheitsanforderung wie die Authentifizierung wurde nicht erfüllt.",
        Reason::FailedStartTls => "TLS kam nicht zustande, obwohl eine Seite es verlangte: TLS-Einrichtung prüfen, dann erneut versuchen.",
        Reason::ContentError => "Inhalt oder Kopfzeilen der Nachricht wurden nicht angenommen.",
        Reason::NotCompliantRfc => "Die Nachricht entspricht nicht den E-Mail-Standards.",
        Reason::SyntaxError => "Der Server hat einen fehlerhaften oder unpassenden Befehl abgelehnt.",
        Reason::Speeding => "Der Absender sendet zu schnell: langsamer senden und später erneut versuchen.",
        Reason::TooManyConn => "Der Absender hält zu viele Verbindungen oder Empfänger auf einmal: weniger nutzen, später erneut versuchen.",
        Reason::Suspend => "Das Konto des Empfängers ist deaktiviert oder gesperrt: Die Adresse kann wieder gültig werden.",
        Reason::SystemFull => "Dem Empfängersystem fehlt Speicherplatz: später erneut versuchen.",
        Reason::SystemError => "Das Empfängersystem ist ausgefallen: später erneut versuchen.",
        Reason::NetworkError => "Das Netz ist unterwegs ausgefallen: später erneut versuchen.",
        Reason::MailerError => "Ein Zustellprogramm der Empfängerseite ist fehlgeschlagen.",
        Reason::Expired => "Die Nachricht konnte nicht rechtzeitig zugestellt werden und wurde aufgegeben.",
        Reason::Suppressed => "Der Versanddienst hat die Nachricht zurückgehalten: die Adresse steht auf seiner Sperrliste.",
        Reason::OnHold => "Die Antwort lehnt ab, ohne den Grund in hier bekannten Worten zu nennen: ihren Text lesen.",
        Reason::Undefined => "Nichts nennt einen Grund: kein Antworttext und kein Status, der einen Grund nennt.",
        Reason::Feedback => "Ein Empfänger hat sich über die Nachricht beschwert (ein Feedback-Bericht): keine Nachrichten mehr an die Adresse senden.",
        Reason::Vacation => "Eine automatische Antwort, etwa eine Abwesenheitsnotiz: Die Nachricht wurde zugestellt.",
    }
}
