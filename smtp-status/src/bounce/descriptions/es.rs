//! What each [`Reason`] means, in Spanish (`es`): our words, as the
//! English of [`Reason::description`].

use crate::Reason;

/// The description of `reason` in Spanish.
pub(super) const fn description(reason: Reason) -> &'static str {
    match reason {
        Reason::Delivered => "El mensaje se entregó.",
        Reason::UserUnknown => "La dirección no existe: no reintente, elimínela.",
        Reason::HostUnknown => "El dominio de la dirección no existe o no tiene servidor de correo: no reintente, elimínela.",
        Reason::HasMoved => "El destinatario ya no usa esta dirección: no reintente, elimínela.",
        Reason::NotAccept => "El dominio de la dirección no acepta correo: no reintente, elimínela.",
        Reason::MailboxFull => "El buzón está lleno: la dirección es válida; reintente más tarde.",
        Reason::ExceedLimit => "El mensaje supera un límite del sistema del destinatario: envíe uno más pequeño o más simple.",
        Reason::MesgTooBig => "El mensaje es demasiado grande para el sistema del destinatario: envíe uno más pequeño.",
        Reason::NoRelaying => "El servidor no retransmite correo de este remitente: envíelo por el servidor adecuado.",
        Reason::Blocked => "El host remitente está bloqueado, por ejemplo por una lista de bloqueo: corrija la inclusión y reintente.",
        Reason::BadReputation => "La reputación del host remitente es demasiado baja: reduzca el ritmo y mejórela.",
        Reason::RequirePtr => "El host remitente no tiene un nombre DNS inverso que coincida: configure uno.",
        Reason::AuthFailure => "El mensaje no superó las comprobaciones SPF, DKIM o DMARC: corrija la autenticación del remitente.",
        Reason::SpamDetected => "El mensaje se tomó por spam: la dirección es válida; revise el contenido.",
        Reason::VirusDetected => "Se detectó malware en el mensaje.",
        Reason::PolicyViolation => "El mensaje o su remitente infringe una política del sitio receptor.",
        Reason::Rejected => "Se rechazó la dirección del remitente.",
        Reason::Filtered => "Un filtro del sitio receptor rechazó el mensaje.",
        Reason::SecurityError => "No se cumplió un requisito de seguridad, como la autenticación.",
        Reason::FailedStartTls => "No se pudo establecer TLS, que una de las partes exigía: corrija la configuración TLS y reintente.",
        Reason::ContentError => "No se aceptaron el contenido o las cabeceras del mensaje.",
        Reason::NotCompliantRfc => "El mensaje no cumple los estándares del correo.",
        Reason::SyntaxError => "El servidor rechazó un comando mal formado o fuera de orden.",
        Reason::Speeding => "El remitente envía demasiado rápido: reduzca el ritmo y reintente más tarde.",
        Reason::TooManyConn => "El remitente mantiene demasiadas conexiones o destinatarios a la vez: use menos y reintente más tarde.",
        Reason::Suspend => "La cuenta del destinatario está desactivada o suspendida: la dirección puede volver a funcionar.",
        Reason::SystemFull => "El sistema receptor se ha quedado sin espacio: reintente más tarde.",
        Reason::SystemError => "El sistema receptor falló: reintente más tarde.",
        Reason::NetworkError => "La red falló por el camino: reintente más tarde.",
        Reason::MailerError => "Falló un programa de entrega del sitio receptor.",
        Reason::Expired => "El mensaje no pudo entregarse a tiempo y se abandonó.",
        Reason::Suppressed => "El servicio de envío retuvo el mensaje: la dirección está en su lista de supresión.",
        Reason::OnHold => "La respuesta rechaza sin decir por qué con palabras conocidas aquí: lea su texto.",
        Reason::Undefined => "Nada dice por qué: ni texto de respuesta ni un estado que indique un motivo.",
        Reason::Feedback => "Un destinatario se quejó del mensaje (un informe de retroalimentación): deje de enviar a la dirección.",
        Reason::Vacation => "Una respuesta automática, como un aviso de fuera de la oficina: el mensaje se entregó.",
    }
}
