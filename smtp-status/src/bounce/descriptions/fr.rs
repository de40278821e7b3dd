//! What each [`Reason`] means, in French (`fr`): our words, as the
//! English of [`Reason::description`].

use crate::Reason;

/// The description of `reason` in French.
pub(super) const fn description(reason: Reason) -> &'static str {
    match reason {
        Reason::Delivered => "Le message a été remis.",
        Reason::UserUnknown => "L'adresse n'existe pas : ne réessayez pas, supprimez-la.",
        Reason::HostUnknown => "Le domaine de l'adresse n'existe pas ou n'a pas de serveur de messagerie : ne réessayez pas, supprimez-la.",
        Reason::HasMoved => "Le destinataire n'utilise plus cette adresse : ne réessayez pas, supprimez-la.",
        Reason::NotAccept => "Le domaine de l'adresse n'accepte aucun courrier : ne réessayez pas, supprimez-la.",
        Reason::MailboxFull => "La boîte aux lettres est pleine : l'adresse est valide ; réessayez plus tard.",
        Reason::ExceedLimit => "Le message dépasse une limite du système du destinataire : envoyez-en un plus petit ou plus simple.",
        Reason::MesgTooBig => "Le message est trop volumineux pour le système du destinataire : envoyez-en un plus petit.",
        Reason::NoRelaying => "Le serveur ne relaie pas pour cet expéditeur : passez par le bon serveur.",
        Reason::Blocked => "L'hôte expéditeur est bloqué, par exemple par une liste de blocage : faites corriger l'inscription, puis réessayez.",
        Reason::BadReputation => "La réputation de l'hôte expéditeur est trop faible : ralentissez et améliorez-la.",
        Reason::RequirePtr => "L'hôte expéditeur n'a pas de nom DNS inverse correspondant : configurez-en un.",
        Reason::AuthFailure => "Le message a échoué aux contrôles SPF, DKIM ou DMARC : corrigez l'authentification de l'expéditeur.",
        Reason::SpamDetected => "Le message a été pris pour du spam : l'adresse est valide ; revoyez le contenu.",
        Reason::VirusDetected => "Le message contient un logiciel malveillant.",
        Reason::PolicyViolation => "Le message ou son expéditeur enfreint une règle du site destinataire.",
        Reason::Rejected => "L'adresse de l'expéditeur a été refusée.",
        Reason::Filtered => "Un filtre du site destinataire a refusé le message.",
        Reason::SecurityError => "Une exigence de sécurité, comme l'authentification, n'a pas été remplie.",
        Reason::FailedStartTls => "TLS n'a pas pu être établi alors qu'une des parties l'exigeait : corrigez la configuration TLS, puis réessayez.",
        Reason::ContentError => "Le contenu ou les en-têtes du message n'ont pas été acceptés.",
        Reason::NotCompliantRfc => "Le message n'est pas conforme aux normes de la messagerie.",
        Reason::SyntaxError => "Le serveur a refusé une commande mal formée ou hors séquence.",
        Reason::Speeding => "L'expéditeur envoie trop vite : ralentissez et réessayez plus tard.",
        Reason::TooManyConn => "L'expéditeur ouvre trop de connexions ou donne trop de destinataires à la fois : réduisez-les et réessayez plus tard.",
        Reason::Suspend => "Le compte du destinataire est désactivé ou suspendu : l'adresse peut redevenir valide.",
        Reason::SystemFull => "Le système destinataire manque d'espace de stockage : réessayez plus tard.",
        Reason::SystemError => "Le système destinataire a échoué : réessayez plus tard.",
        Reason::NetworkError => "Le réseau a échoué en chemin : réessayez plus tard.",
        Reason::MailerError => "Un programme de distribution du site destinataire a échoué.",
        Reason::Expired => "Le message n'a pas pu être remis à temps et a été abandonné.",
        Reason::Suppressed => "Le service d'envoi a retenu le message : l'adresse figure sur sa liste de suppression.",
        Reason::OnHold => "La réponse refuse sans dire pourquoi en des termes connus ici : lisez son texte.",
        Reason::Undefined => "Rien ne dit pourquoi : ni texte de réponse, ni statut qui nomme une raison.",
        Reason::Feedback => "Un destinataire s'est plaint du message (un rapport de retour) : cessez d'écrire à l'adresse.",
        Reason::Vacation => "Une réponse automatique, comme un message d'absence : le message a été remis.",
    }
}
