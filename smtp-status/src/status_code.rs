//! The prebuilt enum of documented SMTP reply codes.

crate::smtp_codes! {
    /// The documented SMTP reply codes (RFC 5321, with the AUTH codes of
    /// RFC 4954), and two sentinels that are not server replies.
    ///
    /// Every item of [`smtp_codes!`](crate::smtp_codes) is here: `const fn`
    /// lookups by code and name, parsing of reply lines, `Display`, and the
    /// class and category of each code.
    ///
    /// ```
    /// use smtp_status::{Category, Class, SmtpStatusCode};
    ///
    /// let code: SmtpStatusCode = "451 4.7.1 Try again later".parse()?;
    /// assert_eq!(code, SmtpStatusCode::LocalErrorInProcessing);
    /// assert_eq!(code.class(), Some(Class::TransientNegative));
    /// assert_eq!(code.category(), Some(Category::MailSystem));
    /// assert_eq!(i16::from(code), 451);
    ///
    /// // Sentinels have no class and do not parse from text.
    /// assert_eq!(SmtpStatusCode::from_code(-1), Some(SmtpStatusCode::GeneralFailure));
    /// assert_eq!(SmtpStatusCode::GeneralFailure.class(), None);
    /// # Ok::<(), smtp_status::ParseCodeError>(())
    /// ```
    ///
    /// `Display` writes `"{code} {description}"` for a reply code, which
    /// parses back to the same variant, and the description alone for the
    /// sentinels [`NotDefined`](SmtpStatusCode::NotDefined) and
    /// [`GeneralFailure`](SmtpStatusCode::GeneralFailure).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    #[smtp(language_features)]
    #[cfg_attr(feature = "serde", smtp(serde))]
    pub enum SmtpStatusCode {
        /// No status code has been set.
        #[smtp(sentinel)]
        #[smtp(localized(
            es = "No se ha asignado ningún código de estado.",
            fr = "Aucun code d'état n'a été défini.",
            de = "Es wurde kein Statuscode gesetzt.",
            it = "Non è stato impostato alcun codice di stato.",
            ru = "Код состояния не задан.",
        ))]
        NotDefined = 0,
        /// The operation failed without a reply from the server, for example
        /// because no connection could be made.
        #[smtp(sentinel)]
        #[smtp(localized(
            es = "La operación falló sin respuesta del servidor, por ejemplo porque no se pudo establecer la conexión.",
            fr = "L'opération a échoué sans réponse du serveur, par exemple parce qu'aucune connexion n'a pu être établie.",
            de = "Der Vorgang ist ohne Antwort des Servers fehlgeschlagen, etwa weil keine Verbindung zustande kam.",
            it = "L'operazione non è riuscita senza una risposta del server, ad esempio perché non è stato possibile stabilire la connessione.",
            ru = "Операция завершилась неудачей без ответа сервера, например потому, что не удалось установить соединение.",
        ))]
        GeneralFailure = -1,
        /// System status, or a reply to a request for system help.
        #[smtp(localized(
            es = "Estado del sistema o respuesta a una solicitud de ayuda del sistema.",
            fr = "État du système, ou réponse à une demande d'aide sur le système.",
            de = "Systemstatus oder Antwort auf eine Anfrage nach Systemhilfe.",
            it = "Stato del sistema o risposta a una richiesta di aiuto sul sistema.",
            ru = "Состояние системы или ответ на запрос справки о системе.",
        ))]
        SystemStatus = 211,
        /// Help text meant for a human reader, such as the reply to HELP.
        #[smtp(localized(
            es = "Texto de ayuda destinado a una persona, como la respuesta al comando HELP.",
            fr = "Texte d'aide destiné à un lecteur humain, comme la réponse à la commande HELP.",
            de = "Hilfetext für menschliche Leser, etwa die Antwort auf HELP.",
            it = "Testo di aiuto destinato a un lettore umano, come la risposta al comando HELP.",
            ru = "Справочный текст для человека, например ответ на команду HELP.",
        ))]
        HelpMessage = 214,
        /// The service is ready for a new session.
        #[smtp(localized(
            es = "El servicio está listo para una nueva sesión.",
            fr = "Le service est prêt pour une nouvelle session.",
            de = "Der Dienst ist bereit für eine neue Sitzung.",
            it = "Il servizio è pronto per una nuova sessione.",
            ru = "Служба готова к новому сеансу.",
        ))]
        ServiceReady = 220,
        /// The service is closing the transmission channel.
        #[smtp(localized(
            es = "El servicio está cerrando el canal de transmisión.",
            fr = "Le service ferme le canal de transmission.",
            de = "Der Dienst schließt den Übertragungskanal.",
            it = "Il servizio sta chiudendo il canale di trasmissione.",
            ru = "Служба закрывает канал передачи.",
        ))]
        ServiceClosingTransmissionChannel = 221,
        /// Authentication succeeded (RFC 4954).
        #[smtp(localized(
            es = "La autenticación se realizó correctamente (RFC 4954).",
            fr = "L'authentification a réussi (RFC 4954).",
            de = "Die Authentifizierung war erfolgreich (RFC 4954).",
            it = "L'autenticazione è riuscita (RFC 4954).",
            ru = "Аутентификация прошла успешно (RFC 4954).",
        ))]
        AuthenticationSucceeded = 235,
        /// The requested mail action is done.
        #[smtp(localized(
            es = "La acción de correo solicitada se ha completado.",
            fr = "L'action de messagerie demandée est terminée.",
            de = "Die angeforderte Mail-Aktion ist abgeschlossen.",
            it = "L'azione di posta richiesta è stata completata.",
            ru = "Запрошенное почтовое действие выполнено.",
        ))]
        Ok = 250,
        /// The user is not local; the server will forward the message.
        #[smtp(localized(
            es = "El usuario no es local; el servidor reenviará el mensaje.",
            fr = "L'utilisateur n'est pas local ; le serveur va faire suivre le message.",
            de = "Der Benutzer ist nicht lokal; der Server leitet die Nachricht weiter.",
            it = "L'utente non è locale; il server inoltrerà il messaggio.",
            ru = "Пользователь не локальный; сервер перешлёт сообщение.",
        ))]
        UserNotLocalWillForward = 251,
        /// The user cannot be verified, but the server accepts the message
        /// and will try to deliver it.
        #[smtp(localized(
            es = "No se puede verificar el usuario, pero el servidor acepta el mensaje e intentará entregarlo.",
            fr = "L'utilisateur ne peut pas être vérifié, mais le serveur accepte le message et tentera de le distribuer.",
            de = "Der Benutzer kann nicht überprüft werden, aber der Server nimmt die Nachricht an und versucht, sie zuzustellen.",
            it = "Non è possibile verificare l'utente, ma il server accetta il messaggio e tenterà di consegnarlo.",
            ru = "Проверить пользователя невозможно, но сервер принимает сообщение и попытается его доставить.",
        ))]
        CannotVerifyUserWillAttemptDelivery = 252,
        /// An authentication challenge from the server, as base64 text
        /// (RFC 4954).
        #[smtp(localized(
            es = "Un desafío de autenticación del servidor, en texto base64 (RFC 4954).",
            fr = "Un défi d'authentification du serveur, sous forme de texte base64 (RFC 4954).",
            de = "Eine Authentifizierungsaufforderung des Servers als Base64-Text (RFC 4954).",
            it = "Una richiesta di autenticazione del server, in testo base64 (RFC 4954).",
            ru = "Запрос аутентификации от сервера в виде текста base64 (RFC 4954).",
        ))]
        Base64Response = 334,
        /// Send the message content now, and end it with a line that holds
        /// a single period.
        #[smtp(localized(
            es = "Envíe ahora el contenido del mensaje y termínelo con una línea que contenga solo un punto.",
            fr = "Envoyez maintenant le contenu du message et terminez-le par une ligne ne contenant qu'un point.",
            de = "Senden Sie jetzt den Nachrichteninhalt und beenden Sie ihn mit einer Zeile, die nur einen Punkt enthält.",
            it = "Inviare ora il contenuto del messaggio e terminarlo con una riga che contiene solo un punto.",
            ru = "Отправьте содержимое сообщения и завершите его строкой, состоящей из одной точки.",
        ))]
        StartMailInput = 354,
        /// The service is not available and is closing the transmission
        /// channel.
        #[smtp(localized(
            es = "El servicio no está disponible y está cerrando el canal de transmisión.",
            fr = "Le service n'est pas disponible et ferme le canal de transmission.",
            de = "Der Dienst ist nicht verfügbar und schließt den Übertragungskanal.",
            it = "Il servizio non è disponibile e sta chiudendo il canale di trasmissione.",
            ru = "Служба недоступна и закрывает канал передачи.",
        ))]
        ServiceNotAvailable = 421,
        /// The user must change their password before this mechanism can be
        /// used (RFC 4954).
        #[smtp(localized(
            es = "El usuario debe cambiar su contraseña antes de poder usar este mecanismo (RFC 4954).",
            fr = "L'utilisateur doit changer son mot de passe avant de pouvoir utiliser ce mécanisme (RFC 4954).",
            de = "Der Benutzer muss sein Passwort ändern, bevor dieses Verfahren verwendet werden kann (RFC 4954).",
            it = "L'utente deve cambiare la password prima di poter usare questo meccanismo (RFC 4954).",
            ru = "Пользователь должен сменить пароль, прежде чем можно будет использовать этот механизм (RFC 4954).",
        ))]
        PasswordTransitionNeeded = 432,
        /// The action was not taken because the mailbox is not available
        /// for now, for example busy or locked.
        #[smtp(localized(
            es = "No se realizó la acción porque el buzón no está disponible por ahora, por ejemplo porque está ocupado o bloqueado.",
            fr = "L'action n'a pas été effectuée car la boîte aux lettres est momentanément indisponible, par exemple occupée ou verrouillée.",
            de = "Die Aktion wurde nicht ausgeführt, weil das Postfach vorübergehend nicht verfügbar ist, etwa weil es belegt oder gesperrt ist.",
            it = "L'azione non è stata eseguita perché la casella di posta al momento non è disponibile, ad esempio perché occupata o bloccata.",
            ru = "Действие не выполнено: почтовый ящик временно недоступен, например занят или заблокирован.",
        ))]
        MailboxBusy = 450,
        /// The action was aborted by an error in processing on the server.
        #[smtp(localized(
            es = "La acción se interrumpió por un error de procesamiento en el servidor.",
            fr = "L'action a été interrompue par une erreur de traitement sur le serveur.",
            de = "Die Aktion wurde wegen eines Verarbeitungsfehlers auf dem Server abgebrochen.",
            it = "L'azione è stata interrotta da un errore di elaborazione sul server.",
            ru = "Действие прервано из-за ошибки обработки на сервере.",
        ))]
        LocalErrorInProcessing = 451,
        /// The action was not taken because the server lacks storage.
        #[smtp(localized(
            es = "No se realizó la acción porque el servidor no tiene espacio de almacenamiento suficiente.",
            fr = "L'action n'a pas été effectuée car le serveur manque d'espace de stockage.",
            de = "Die Aktion wurde nicht ausgeführt, weil dem Server Speicherplatz fehlt.",
            it = "L'azione non è stata eseguita perché il server non ha spazio di archiviazione sufficiente.",
            ru = "Действие не выполнено: на сервере недостаточно места для хранения.",
        ))]
        InsufficientStorage = 452,
        /// A temporary failure on the server's side: TLS or the requested
        /// authentication cannot be used right now (RFC 3207, RFC 4954).
        #[smtp(localized(
            es = "Fallo temporal del lado del servidor: TLS o la autenticación solicitada no se pueden usar en este momento (RFC 3207, RFC 4954).",
            fr = "Échec temporaire côté serveur : TLS ou l'authentification demandée ne peuvent pas être utilisés pour le moment (RFC 3207, RFC 4954).",
            de = "Vorübergehender Fehler auf Serverseite: TLS oder die angeforderte Authentifizierung kann gerade nicht genutzt werden (RFC 3207, RFC 4954).",
            it = "Errore temporaneo lato server: TLS o l'autenticazione richiesta non possono essere usati in questo momento (RFC 3207, RFC 4954).",
            ru = "Временный сбой на стороне сервера: TLS или запрошенная аутентификация сейчас недоступны (RFC 3207, RFC 4954).",
        ))]
        ClientNotPermitted = 454,
        /// The command was not recognised, or its line was too long.
        #[smtp(localized(
            es = "No se reconoció el comando, o su línea era demasiado larga.",
            fr = "La commande n'a pas été reconnue, ou sa ligne était trop longue.",
            de = "Der Befehl wurde nicht erkannt, oder seine Zeile war zu lang.",
            it = "Il comando non è stato riconosciuto, oppure la sua riga era troppo lunga.",
            ru = "Команда не распознана, или её строка слишком длинная.",
        ))]
        CommandUnrecognized = 500,
        /// The command's parameters or arguments have a syntax error.
        #[smtp(localized(
            es = "Los parámetros o argumentos del comando tienen un error de sintaxis.",
            fr = "Les paramètres ou arguments de la commande contiennent une erreur de syntaxe.",
            de = "Die Parameter oder Argumente des Befehls enthalten einen Syntaxfehler.",
            it = "I parametri o gli argomenti del comando contengono un errore di sintassi.",
            ru = "В параметрах или аргументах команды синтаксическая ошибка.",
        ))]
        SyntaxError = 501,
        /// The command is not implemented.
        #[smtp(localized(
            es = "El comando no está implementado.",
            fr = "La commande n'est pas implémentée.",
            de = "Der Befehl ist nicht implementiert.",
            it = "Il comando non è implementato.",
            ru = "Команда не реализована.",
        ))]
        CommandNotImplemented = 502,
        /// The command is not allowed at this point: the commands came in a
        /// bad sequence.
        #[smtp(localized(
            es = "El comando no está permitido en este momento: los comandos llegaron en un orden incorrecto.",
            fr = "La commande n'est pas autorisée à ce stade : les commandes sont arrivées dans le mauvais ordre.",
            de = "Der Befehl ist an dieser Stelle nicht erlaubt: Die Befehle kamen in falscher Reihenfolge.",
            it = "Il comando non è consentito in questo momento: i comandi sono arrivati in una sequenza errata.",
            ru = "Команда сейчас недопустима: нарушена последовательность команд.",
        ))]
        CommandNotPermitted = 503,
        /// A parameter of the command is not implemented, such as an
        /// authentication mechanism the server does not know (RFC 4954).
        #[smtp(localized(
            es = "Un parámetro del comando no está implementado, como un mecanismo de autenticación que el servidor no conoce (RFC 4954).",
            fr = "Un paramètre de la commande n'est pas implémenté, par exemple un mécanisme d'authentification inconnu du serveur (RFC 4954).",
            de = "Ein Parameter des Befehls ist nicht implementiert, etwa ein Authentifizierungsverfahren, das der Server nicht kennt (RFC 4954).",
            it = "Un parametro del comando non è implementato, ad esempio un meccanismo di autenticazione che il server non conosce (RFC 4954).",
            ru = "Параметр команды не реализован, например неизвестный серверу механизм аутентификации (RFC 4954).",
        ))]
        UnrecognizedAuthenticationType = 504,
        /// The client must authenticate before this command (RFC 4954).
        #[smtp(localized(
            es = "El cliente debe autenticarse antes de este comando (RFC 4954).",
            fr = "Le client doit s'authentifier avant cette commande (RFC 4954).",
            de = "Der Client muss sich vor diesem Befehl authentifizieren (RFC 4954).",
            it = "Il client deve autenticarsi prima di questo comando (RFC 4954).",
            ru = "Перед этой командой клиент должен пройти аутентификацию (RFC 4954).",
        ))]
        AuthenticationRequired = 530,
        /// The requested authentication mechanism is weaker than the
        /// server's policy allows (RFC 4954).
        #[smtp(localized(
            es = "El mecanismo de autenticación solicitado es más débil de lo que permite la política del servidor (RFC 4954).",
            fr = "Le mécanisme d'authentification demandé est plus faible que ce que permet la politique du serveur (RFC 4954).",
            de = "Das angeforderte Authentifizierungsverfahren ist schwächer, als die Richtlinie des Servers erlaubt (RFC 4954).",
            it = "Il meccanismo di autenticazione richiesto è più debole di quanto consentito dalla politica del server (RFC 4954).",
            ru = "Запрошенный механизм аутентификации слабее, чем допускает политика сервера (RFC 4954).",
        ))]
        AuthenticationMechanismIsToWeak = 534,
        /// The credentials were rejected (RFC 4954).
        #[smtp(localized(
            es = "Las credenciales fueron rechazadas (RFC 4954).",
            fr = "Les identifiants ont été refusés (RFC 4954).",
            de = "Die Anmeldedaten wurden abgelehnt (RFC 4954).",
            it = "Le credenziali sono state rifiutate (RFC 4954).",
            ru = "Учётные данные отклонены (RFC 4954).",
        ))]
        CredentialsInvalid = 535,
        /// The requested authentication mechanism needs an encrypted
        /// connection (RFC 4954).
        #[smtp(localized(
            es = "El mecanismo de autenticación solicitado requiere una conexión cifrada (RFC 4954).",
            fr = "Le mécanisme d'authentification demandé nécessite une connexion chiffrée (RFC 4954).",
            de = "Das angeforderte Authentifizierungsverfahren erfordert eine verschlüsselte Verbindung (RFC 4954).",
            it = "Il meccanismo di autenticazione richiesto necessita di una connessione cifrata (RFC 4954).",
            ru = "Запрошенный механизм аутентификации требует зашифрованного соединения (RFC 4954).",
        ))]
        EncryptionRequiredRequestedMechanism = 538,
        /// The action was not taken because the mailbox is not available,
        /// for example not found, not accessible, or refused by policy.
        #[smtp(localized(
            es = "No se realizó la acción porque el buzón no está disponible: por ejemplo, no existe, no es accesible o lo impide la política del servidor.",
            fr = "L'action n'a pas été effectuée car la boîte aux lettres n'est pas disponible : par exemple introuvable, inaccessible ou refusée par la politique du serveur.",
            de = "Die Aktion wurde nicht ausgeführt, weil das Postfach nicht verfügbar ist, etwa weil es nicht existiert, nicht zugänglich ist oder durch eine Richtlinie abgelehnt wird.",
            it = "L'azione non è stata eseguita perché la casella di posta non è disponibile: ad esempio non esiste, non è accessibile o è rifiutata dalla politica del server.",
            ru = "Действие не выполнено: почтовый ящик недоступен — например, не найден, закрыт для доступа или отклонён политикой сервера.",
        ))]
        MailboxUnavailable = 550,
        /// The user is not local; the client should try the forward-path
        /// that the server names.
        #[smtp(localized(
            es = "El usuario no es local; el cliente debe intentar la ruta de reenvío que indica el servidor.",
            fr = "L'utilisateur n'est pas local ; le client doit essayer le chemin de transfert indiqué par le serveur.",
            de = "Der Benutzer ist nicht lokal; der Client sollte den vom Server genannten Weiterleitungspfad versuchen.",
            it = "L'utente non è locale; il client dovrebbe provare il percorso di inoltro indicato dal server.",
            ru = "Пользователь не локальный; клиенту следует попробовать путь пересылки, указанный сервером.",
        ))]
        UserNotLocalTryAlternatePath = 551,
        /// The action was aborted because it exceeds the storage allocation.
        #[smtp(localized(
            es = "La acción se interrumpió porque supera el espacio de almacenamiento asignado.",
            fr = "L'action a été interrompue car elle dépasse l'espace de stockage alloué.",
            de = "Die Aktion wurde abgebrochen, weil sie den zugewiesenen Speicherplatz überschreitet.",
            it = "L'azione è stata interrotta perché supera lo spazio di archiviazione assegnato.",
            ru = "Действие прервано: превышен выделенный объём хранилища.",
        ))]
        ExceededStorageAllocation = 552,
        /// The action was not taken because the mailbox name is not allowed,
        /// for example because its syntax is wrong.
        #[smtp(localized(
            es = "No se realizó la acción porque el nombre del buzón no está permitido, por ejemplo porque su sintaxis es incorrecta.",
            fr = "L'action n'a pas été effectuée car le nom de la boîte aux lettres n'est pas autorisé, par exemple parce que sa syntaxe est incorrecte.",
            de = "Die Aktion wurde nicht ausgeführt, weil der Postfachname nicht zulässig ist, etwa wegen falscher Syntax.",
            it = "L'azione non è stata eseguita perché il nome della casella di posta non è consentito, ad esempio perché la sua sintassi è errata.",
            ru = "Действие не выполнено: имя почтового ящика недопустимо, например из-за неверного синтаксиса.",
        ))]
        MailboxNameNotAllowed = 553,
        /// The transaction failed; as the opening reply, it means there is
        /// no SMTP service here.
        #[smtp(localized(
            es = "La transacción falló; como respuesta inicial de la conexión, significa que aquí no hay servicio SMTP.",
            fr = "La transaction a échoué ; en réponse à l'ouverture de la connexion, cela signifie qu'il n'y a pas de service SMTP ici.",
            de = "Die Transaktion ist fehlgeschlagen; als Antwort beim Verbindungsaufbau bedeutet der Code, dass hier kein SMTP-Dienst angeboten wird.",
            it = "La transazione non è riuscita; come risposta all'apertura della connessione, significa che qui non c'è alcun servizio SMTP.",
            ru = "Транзакция не удалась; в ответ на открытие соединения код означает, что SMTP-служба здесь недоступна.",
        ))]
        TransactionFailed = 554,
    }
}

#[cfg(test)]
mod tests {
    use crate::SmtpStatusCode;

    /// Each language's texts are in the build exactly when its feature is.
    #[test]
    fn languages_follow_their_features() {
        for (language, present) in crate::language::in_build() {
            for code in SmtpStatusCode::ALL {
                assert_eq!(
                    code.has_description_in(language),
                    present,
                    "{code:?} {language}"
                );
                if !present {
                    assert_eq!(code.description_in(language), code.description());
                }
            }
        }
    }
}
