//! What each [`Reason`] means, in Italian (`it`): our words, as the
//! English of [`Reason::description`].

use crate::Reason;

/// The description of `reason` in Italian.
pub(super) const fn description(reason: Reason) -> &'static str {
    match reason {
        Reason::Delivered => "Il messaggio è stato consegnato.",
        Reason::UserUnknown => "L'indirizzo non esiste: non riprovare, rimuoverlo.",
        Reason::HostUnknown => "Il dominio dell'indirizzo non esiste o non ha un server di posta: non riprovare, rimuoverlo.",
        Reason::HasMoved => "Il destinatario non usa più questo indirizzo: non riprovare, rimuoverlo.",
        Reason::NotAccept => "Il dominio dell'indirizzo non accetta posta: non riprovare, rimuoverlo.",
        Reason::MailboxFull => "La casella è piena: l'indirizzo è valido; riprovare più tardi.",
        Reason::ExceedLimit => "Il messaggio supera un limite del sistema del destinatario: inviarne uno più piccolo o più semplice.",
        Reason::MesgTooBig => "Il messaggio è troppo grande per il sistema del destinatario: inviarne uno più piccolo.",
        Reason::NoRelaying => "Il server non inoltra per questo mittente: inviare tramite il server giusto.",
        Reason::Blocked => "L'host mittente è bloccato, ad esempio da una lista di blocco: correggere l'inserimento, poi riprovare.",
        Reason::BadReputation => "La reputazione dell'host mittente è troppo bassa: rallentare e migliorarla.",
        Reason::RequirePtr => "L'host mittente non ha un nome DNS inverso corrispondente: configurarne uno.",
        Reason::AuthFailure => "Il messaggio non ha superato i controlli SPF, DKIM o DMARC: correggere l'autenticazione del mittente.",
        Reason::SpamDetected => "Il messaggio è stato preso per spam: l'indirizzo è valido; rivedere il contenuto.",
        Reason::VirusDetected => "Nel messaggio è stato trovato malware.",
        Reason::PolicyViolation => "Il messaggio o il suo mittente viola una regola del sito ricevente.",
        Reason::Rejected => "L'indirizzo del mittente è stato rifiutato.",
        Reason::Filtered => "Un filtro del sito ricevente ha rifiutato il messaggio.",
        Reason::SecurityError => "Un requisito di sicurezza come l'autenticazione non è stato soddisfatto.",
        Reason::FailedStartTls => "Non è stato possibile stabilire TLS, richiesto da una delle parti: correggere la configurazione TLS e riprovare.",
        Reason::ContentError => "Il contenuto o le intestazioni del messaggio non sono stati accettati.",
        Reason::NotCompliantRfc => "Il messaggio non rispetta gli standard della posta.",
        Reason::SyntaxError => "Il server ha rifiutato un comando malformato o fuori sequenza.",
        Reason::Speeding => "Il mittente invia troppo velocemente: rallentare e riprovare più tardi.",
        Reason::TooManyConn => "Il mittente tiene troppe connessioni o troppi destinatari insieme: usarne meno e riprovare più tardi.",
        Reason::Suspend => "L'account del destinatario è disattivato o sospeso: l'indirizzo potrebbe tornare valido.",
        Reason::SystemFull => "Il sistema ricevente ha esaurito lo spazio: riprovare più tardi.",
        Reason::SystemError => "Il sistema ricevente ha avuto un guasto: riprovare più tardi.",
        Reason::NetworkError => "La rete ha avuto un guasto lungo il percorso: riprovare più tardi.",
        Reason::MailerError => "Un programma di consegna del sito ricevente non è riuscito.",
        Reason::Expired => "Il messaggio non è stato consegnato in tempo ed è stato abbandonato.",
        Reason::Suppressed => "Il servizio di invio ha trattenuto il messaggio: l'indirizzo è nella sua lista di soppressione.",
        Reason::OnHold => "La risposta rifiuta senza dire perché con parole note qui: leggerne il testo.",
        Reason::Undefined => "Nulla dice perché: né testo di risposta né uno stato che indichi un motivo.",
        Reason::Feedback => "Un destinatario si è lamentato del messaggio (un rapporto di feedback): smettere di scrivere all'indirizzo.",
        Reason::Vacation => "Una risposta automatica, come un avviso di assenza: il messaggio è stato consegnato.",
    }
}
