<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountChecks</name>
    <message>
        <source>The login « %1 » is not valid: use 2 to 64 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>L’identifiant « %1 » n’est pas valable : utilisez de 2 à 64 lettres, chiffres, points, tirets ou soulignés, sans espace.</translation>
    </message>
    <message>
        <source>This password is refused. %1</source>
        <translation>Ce mot de passe est refusé. %1</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>Agrément expired on %1 but she is still recorded as working.</source>
        <translation>L&apos;agrément a expiré le %1, mais le dossier indique toujours « Agréé(e) en activité ».</translation>
    </message>
    <message>
        <source>Agrément ends on %1.</source>
        <translation>L&apos;agrément prend fin le %1.</translation>
    </message>
    <message>
        <source>Renewal file due by %1.</source>
        <translation>Dossier de renouvellement à déposer au plus tard le %1.</translation>
    </message>
    <message>
        <source>Recorded as working but no agrément is on file.</source>
        <translation>Enregistré(e) comme « Agréé(e) en activité », mais aucun agrément ne figure au dossier.</translation>
    </message>
    <message>
        <source>Suspension since %1 runs past the %2-month limit (%3).</source>
        <translation>La suspension commencée le %1 dépasse la durée maximale de %2 mois (limite : %3).</translation>
    </message>
    <message>
        <source>%1 members: a MAM has at most %2.</source>
        <translation>%1 membres : une MAM réunit au plus %2 assistant(e)s maternel(le)s.</translation>
    </message>
    <message>
        <source>%1 places in all: a MAM receives at most %2 children at once.</source>
        <translation>%1 places au total : une MAM accueille au plus %2 enfants simultanément.</translation>
    </message>
    <message>
        <source>Renewal file overdue since %1.</source>
        <translation>Dossier de renouvellement en retard depuis le %1.</translation>
    </message>
    <message>
        <source>Her agrément is %1 but she is still recorded as working.</source>
        <translation>L&apos;agrément est %1, mais le dossier indique toujours « Agréé(e) en activité ».</translation>
    </message>
</context>
<context>
    <name>AnonymisationService</name>
    <message>
        <source>Anonymised no. %1</source>
        <translation>Anonymisé(e) n° %1</translation>
    </message>
    <message>
        <source>[removed: anonymisation]</source>
        <translation>[supprimé : anonymisation]</translation>
    </message>
    <message>
        <source>Anonymise %1?

Removed for good: names, birth name, day of birth, address, phone, email, notes, agrément numbers, contact notes, free-text survey answers, the prospect record she came from, and the old values in the audit trail.
Kept for the statistics: commune, RPE, status, agrément dates and places, month of birth, survey choices, contacts (date, channel, topics), trainings and activities.

This cannot be undone.</source>
        <translation>Anonymiser %1 ?

Seront effacés définitivement : noms, nom de naissance, jour de naissance, adresse, téléphone, courriel, notes, numéros d&apos;agrément, notes des contacts, réponses libres à l&apos;enquête, la fiche de prospect d&apos;origine et les anciennes valeurs du journal d&apos;audit.
Seront conservés pour les statistiques : commune, RPE, statut, dates et places des agréments, mois de naissance, réponses à choix de l&apos;enquête, contacts (date, canal, thèmes), formations et activités.

Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>There is no childminder number %1: she may have been deleted. Refresh the list and try again.</source>
        <translation>Il n&apos;y a pas d&apos;assistant(e) maternel(le) n° %1 : la fiche a peut-être été supprimée. Actualisez la liste et réessayez.</translation>
    </message>
</context>
<context>
    <name>AnonymiseAction</name>
    <message>
        <source>Anonymise a childminder</source>
        <translation>Anonymiser un(e) assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>Her personal data was removed. The file now shows only what the statistics need.</source>
        <translation>Les données personnelles ont été effacées. La fiche ne montre plus que ce dont les statistiques ont besoin.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Nobody is signed in: sign in to %1.</source>
        <translation>Personne n&apos;est connecté(e) : connectez-vous pour %1.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow you to %2. Ask a coordinator.</source>
        <translation>Votre rôle (%1) ne vous permet pas de %2. Adressez-vous à un(e) coordinateur(rice).</translation>
    </message>
</context>
<context>
    <name>ApprovalEvent</name>
    <message>
        <source>First grant</source>
        <translation>Premier agrément</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>ApprovalRules</name>
    <message>
        <source>An agrément allows at least one place.</source>
        <translation>Un agrément porte sur au moins une place.</translation>
    </message>
    <message>
        <source>%1 places exceed the legal maximum of %2 children under 11.</source>
        <translation>%1 places dépassent le maximum légal de %2 enfants de moins de 11 ans.</translation>
    </message>
    <message>
        <source>%1 places under 3 exceed the legal maximum of %2.</source>
        <translation>%1 places pour des enfants de moins de 3 ans dépassent le maximum légal de %2.</translation>
    </message>
    <message>
        <source>There cannot be more places under 3 than places in all.</source>
        <translation>Le nombre de places pour les moins de 3 ans ne peut pas dépasser le nombre total de places.</translation>
    </message>
</context>
<context>
    <name>ApprovalService</name>
    <message>
        <source>This agrément no longer exists. Reopen the file.</source>
        <translation>Cet agrément n&apos;existe plus. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>This childminder no longer exists in the database.</source>
        <translation>Ce dossier d&apos;assistant(e) maternel(le) n&apos;existe plus dans la base de données.</translation>
    </message>
    <message>
        <source>Enter the date the agrément starts.</source>
        <translation>Saisissez la date de début de l&apos;agrément.</translation>
    </message>
    <message>
        <source>The end of validity is before the start.</source>
        <translation>La fin de validité est antérieure au début de l&apos;agrément.</translation>
    </message>
    <message>
        <source>Enter the date the renewed agrément starts.</source>
        <translation>Saisissez la date de début de l&apos;agrément renouvelé.</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>Saisissez la date de la décision.</translation>
    </message>
    <message>
        <source>Enter the date the suspension starts.</source>
        <translation>Saisissez la date de début de la suspension.</translation>
    </message>
    <message>
        <source>Enter the end of the suspension, after its start.</source>
        <translation>Saisissez la date de fin de la suspension, postérieure à son début.</translation>
    </message>
    <message>
        <source>An emergency suspension lasts at most %1 months (until %2).</source>
        <translation>Une suspension d&apos;urgence dure au plus %1 mois (jusqu&apos;au %2).</translation>
    </message>
    <message>
        <source>Enter the date of the withdrawal.</source>
        <translation>Saisissez la date du retrait.</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The audit trail cannot be read. Restore a backup.</source>
        <translation>Le journal d’audit ne peut pas être lu. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Row %1 is sealed after rows that are not: the chain was rewritten.</source>
        <translation>La ligne %1 est scellée après des lignes qui ne le sont pas : la chaîne a été réécrite.</translation>
    </message>
    <message>
        <source>Row %1 has values but no salt: its values were changed after it was recorded.</source>
        <translation>La ligne %1 a des valeurs mais pas de sel : ses valeurs ont été modifiées après son enregistrement.</translation>
    </message>
    <message>
        <source>The old or new value of row %1 was changed after it was recorded.</source>
        <translation>L’ancienne ou la nouvelle valeur de la ligne %1 a été modifiée après son enregistrement.</translation>
    </message>
    <message>
        <source>Row %1 does not follow the previous one: a row before it was deleted or inserted.</source>
        <translation>La ligne %1 ne suit pas la précédente : une ligne a été supprimée ou insérée avant elle.</translation>
    </message>
    <message>
        <source>Row %1 was changed after it was recorded (date, user, action or record).</source>
        <translation>La ligne %1 a été modifiée après son enregistrement (date, utilisateur, action ou enregistrement concerné).</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 rows checked.</source>
        <translation>Le journal d’audit est intact : %1 lignes vérifiées.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte déverrouillé</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Règles de conservation appliquées</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Demo generated</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Childminder</source>
        <translation>Assistante maternelle</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Agrément</translation>
    </message>
    <message>
        <source>Approval event</source>
        <translation>Événement d’agrément</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>MAM</source>
        <translation>MAM</translation>
    </message>
    <message>
        <source>MAM membership</source>
        <translation>Appartenance à une MAM</translation>
    </message>
    <message>
        <source>Training enrolment</source>
        <translation>Inscription à une formation</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Career event</source>
        <translation>Événement de parcours</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>Réponse à l’enquête</translation>
    </message>
    <message>
        <source>Survey campaign</source>
        <translation>Campagne d’enquête</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Candidat(e)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Survey summary</source>
        <translation>Synthèse de l’enquête</translation>
    </message>
    <message>
        <source>Invitation letters</source>
        <translation>Courriers d’invitation</translation>
    </message>
    <message>
        <source>Invitation email list</source>
        <translation>Liste des adresses e-mail des invitations</translation>
    </message>
    <message>
        <source>Person file</source>
        <translation>Dossier de la personne</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>Numéro d’agrément</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Anonymisée le</translation>
    </message>
</context>
<context>
    <name>AuditTriggers</name>
    <message>
        <source>The audit trail cannot be modified or deleted: it is append-only.</source>
        <translation>Le journal d’audit ne peut être ni modifié ni supprimé : on ne peut qu’y ajouter des lignes.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s anchor is written only by a purge.</source>
        <translation>L’ancre du journal d’audit n’est écrite que par une purge.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Unknown login or wrong password. Check both and try again.</source>
        <translation>Identifiant inconnu ou mot de passe faux. Vérifiez les deux et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop d’essais infructueux : attendez %n seconde(s) avant de réessayer.</numerusform>
            <numerusform>Trop d’essais infructueux : attendez %n seconde(s) avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Ask a coordinator to unlock it.</source>
        <translation>Ce compte est verrouillé après trop d’essais infructueux. Demandez à un coordinateur ou une coordinatrice de le déverrouiller.</translation>
    </message>
    <message>
        <source>This database already has user accounts: sign in, or ask a coordinator to create yours.</source>
        <translation>Cette base a déjà des comptes utilisateurs : connectez-vous, ou demandez à un coordinateur ou une coordinatrice de créer le vôtre.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask a coordinator if you need it again.</source>
        <translation>Ce compte a été désactivé. Adressez-vous à un coordinateur ou une coordinatrice si vous en avez de nouveau besoin.</translation>
    </message>
    <message>
        <source>Only a signed-in user can change her password: sign in with your own account.</source>
        <translation>Seule une personne connectée peut changer son mot de passe : connectez-vous avec votre propre compte.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Votre compte n’existe plus.</translation>
    </message>
    <message>
        <source>The current password is wrong: the password is unchanged.</source>
        <translation>Le mot de passe actuel est faux : le mot de passe n’a pas été changé.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Cancelling… the work in progress is being undone.</source>
        <translation>Annulation en cours… les modifications déjà faites sont annulées.</translation>
    </message>
</context>
<context>
    <name>BackupCrypto</name>
    <message>
        <source>The encryption library could not start. Reinstall Parcours Pro.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer. Réinstallez Parcours Pro.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the encryption key. Close other programs and try again.</source>
        <translation>Pas assez de mémoire pour calculer la clé de chiffrement. Fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. Check the free space.</source>
        <translation>L’enregistrement de %1 a échoué : %2. Vérifiez l’espace libre.</translation>
    </message>
    <message>
        <source>An encrypted backup needs a passphrase.</source>
        <translation>Une sauvegarde chiffrée demande une phrase de passe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Parcours Pro backup.</source>
        <translation>%1 n’est pas une sauvegarde chiffrée de Parcours Pro.</translation>
    </message>
    <message>
        <source>The encrypted backup %1 is truncated (incomplete header): it cannot be restored. Use another backup.</source>
        <translation>La sauvegarde chiffrée %1 est tronquée (en-tête incomplet) : elle ne peut pas être restaurée. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The backup %1 was encrypted by a newer version of Parcours Pro. Install the newer version to restore it.</source>
        <translation>La sauvegarde %1 a été chiffrée par une version plus récente de Parcours Pro. Installez cette version pour la restaurer.</translation>
    </message>
    <message>
        <source>The header of the encrypted backup %1 was altered: it cannot be restored. Use another backup.</source>
        <translation>L’en-tête de la sauvegarde chiffrée %1 a été modifié : elle ne peut pas être restaurée. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: give its passphrase.</source>
        <translation>La sauvegarde %1 est chiffrée : indiquez sa phrase de passe.</translation>
    </message>
    <message>
        <source>The encrypted backup %1 is truncated: its end is missing, probably after an interrupted copy. Nothing was restored. Use another backup.</source>
        <translation>La sauvegarde chiffrée %1 est tronquée : sa fin manque, sans doute après une copie interrompue. Rien n’a été restauré. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be decrypted: the passphrase is wrong, or the file was altered. Nothing was restored.</source>
        <translation>La sauvegarde %1 ne peut pas être déchiffrée : la phrase de passe est fausse, ou le fichier a été modifié. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The encrypted backup %1 was altered (a part of it fails its authentication check). Nothing was restored. Use another backup.</source>
        <translation>La sauvegarde chiffrée %1 a été modifiée (une partie échoue à son contrôle d’authenticité). Rien n’a été restauré. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The encrypted backup %1 has unexpected bytes after its end: it was altered. Nothing was restored. Use another backup.</source>
        <translation>La sauvegarde chiffrée %1 contient des octets inattendus après sa fin : elle a été modifiée. Rien n’a été restauré. Utilisez une autre sauvegarde.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La sauvegarde %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 beside the database. Check the free space and the folder&apos;s permissions.</source>
        <translation>Impossible de copier la sauvegarde %1 à côté de la base. Vérifiez l’espace libre et les droits du dossier.</translation>
    </message>
    <message>
        <source>The backup %1 is not sound: %2 Nothing was restored. Use another backup.</source>
        <translation>La sauvegarde %1 n’est pas saine : %2 Rien n’a été restauré. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The file %1 is not a Parcours Pro backup. Nothing was restored.</source>
        <translation>Le fichier %1 n’est pas une sauvegarde Parcours Pro. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Une base en mémoire ne peut pas être sauvegardée.</translation>
    </message>
    <message>
        <source>Encrypted backups are on but no passphrase was given. Give the passphrase, or turn encryption off in the backup settings.</source>
        <translation>Les sauvegardes chiffrées sont activées mais aucune phrase de passe n’a été donnée. Indiquez-la, ou désactivez le chiffrement dans les réglages des sauvegardes.</translation>
    </message>
    <message>
        <source>The backup to restore is no longer there. Start the restore again.</source>
        <translation>La sauvegarde à restaurer n’est plus là. Recommencez la restauration.</translation>
    </message>
    <message>
        <source>The database %1 is still open (in another window, program or workstation). Close it everywhere, then restore again. Nothing was changed.</source>
        <translation>La base %1 est encore ouverte (dans une autre fenêtre, un autre programme ou sur un autre poste). Fermez-la partout, puis recommencez la restauration. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot keep the current database aside as %1. Check the free space; nothing was changed.</source>
        <translation>Impossible de mettre la base actuelle de côté sous le nom %1. Vérifiez l’espace libre ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Wait a second and try again.</source>
        <translation>Le fichier %1 existe déjà. Attendez une seconde et réessayez.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check the folder&apos;s permissions.</source>
        <translation>Impossible de créer %1. Vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>A shared server database is backed up on the server itself (for example with pg_dump), by the person who runs it: ask your IT department.</source>
        <translation>Une base sur serveur partagé est sauvegardée sur le serveur lui-même (par exemple avec pg_dump), par la personne qui l’administre : adressez-vous à votre service informatique.</translation>
    </message>
</context>
<context>
    <name>BackupUi</name>
    <message>
        <source>Backups are encrypted: give the passphrase for the automatic backup.</source>
        <translation>Les sauvegardes sont chiffrées : indiquez la phrase de passe pour la sauvegarde automatique.</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>La sauvegarde automatique a échoué</translation>
    </message>
    <message>
        <source>Your data is still in the database. Check the backup folder in Tools &gt; Backups.</source>
        <translation>Vos données sont toujours dans la base. Vérifiez le dossier des sauvegardes dans Outils &gt; Sauvegardes.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase de passe des sauvegardes</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>La base de données ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Restore the backup of %1 at %2?</source>
        <translation>Restaurer la sauvegarde du %1 à %2 ?</translation>
    </message>
    <message>
        <source>The backup is restored as a new file beside the damaged one, which stays as it is (a specialist may still recover something from it). Changes made after the backup are not in it.</source>
        <translation>La sauvegarde est restaurée dans un nouveau fichier à côté du fichier endommagé, qui reste tel quel (un spécialiste pourra peut-être encore en tirer quelque chose). Les modifications faites après la sauvegarde n’y sont pas.</translation>
    </message>
    <message>
        <source>This backup is encrypted: give its passphrase.</source>
        <translation>Cette sauvegarde est chiffrée : indiquez sa phrase de passe.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup was restored as %1, which is now open. The damaged file %2 was left as it is.</source>
        <translation>La sauvegarde a été restaurée sous le nom %1, qui est maintenant ouvert. Le fichier endommagé %2 a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>La sauvegarde ne peut pas être restaurée</translation>
    </message>
</context>
<context>
    <name>CampaignExportActions</name>
    <message>
        <source>Invitation letters and emails…</source>
        <translation>Lettres et courriels d&apos;invitation…</translation>
    </message>
    <message>
        <source>Import LimeSurvey responses…</source>
        <translation>Importer des réponses LimeSurvey…</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>Enter the campaign year (for example 2026).</source>
        <translation>Saisissez l&apos;année de la campagne (par exemple 2026).</translation>
    </message>
    <message>
        <source>There is already a campaign for %1.</source>
        <translation>Une campagne existe déjà pour %1.</translation>
    </message>
    <message>
        <source>Choose a stored questionnaire version.</source>
        <translation>Choisissez une version enregistrée du questionnaire.</translation>
    </message>
    <message>
        <source>One of the chosen RPEs no longer exists.</source>
        <translation>L&apos;un des RPE choisis n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This childminder is not part of the campaign.</source>
        <translation>Cet(te) assistant(e) maternel(le) ne fait pas partie de la campagne.</translation>
    </message>
    <message>
        <source>Enter the date of the sending.</source>
        <translation>Saisissez la date de l&apos;envoi.</translation>
    </message>
    <message>
        <source>The sending cannot be in the future: check the date.</source>
        <translation>L&apos;envoi ne peut pas être dans le futur : vérifiez la date.</translation>
    </message>
    <message>
        <source>Nothing more is sent to her: her status is &quot;%1&quot;.</source>
        <translation>Plus rien ne lui est envoyé : son statut est « %1 ».</translation>
    </message>
    <message>
        <source>She has already been invited: send a reminder instead.</source>
        <translation>Déjà invité(e) : envoyez plutôt une relance.</translation>
    </message>
    <message>
        <source>This campaign does not exist (any more): reopen the campaign list.</source>
        <translation>Cette campagne n&apos;existe pas (ou plus) : rouvrez la liste des campagnes.</translation>
    </message>
</context>
<context>
    <name>CareerEventDetail</name>
    <message>
        <source>Eligibility (booklet 1)</source>
        <translation>Recevabilité (livret 1)</translation>
    </message>
    <message>
        <source>Booklet 2 submitted</source>
        <translation>Livret 2 déposé</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retraite</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>Reconversion</translation>
    </message>
    <message>
        <source>Moving away</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Personal reasons</source>
        <translation>Raisons personnelles</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre raison</translation>
    </message>
</context>
<context>
    <name>CareerEventKind</name>
    <message>
        <source>First agrément</source>
        <translation>Premier agrément</translation>
    </message>
    <message>
        <source>Agrément renewed</source>
        <translation>Renouvellement de l&apos;agrément</translation>
    </message>
    <message>
        <source>Change of place of practice</source>
        <translation>Changement de lieu d&apos;exercice</translation>
    </message>
    <message>
        <source>Joined a MAM</source>
        <translation>Entrée en MAM</translation>
    </message>
    <message>
        <source>Left a MAM</source>
        <translation>Sortie de MAM</translation>
    </message>
    <message>
        <source>First child cared for</source>
        <translation>Premier accueil</translation>
    </message>
    <message>
        <source>Qualification obtained</source>
        <translation>Qualification obtenue</translation>
    </message>
    <message>
        <source>VAE step</source>
        <translation>Étape de VAE</translation>
    </message>
    <message>
        <source>Professional review</source>
        <translation>Entretien professionnel</translation>
    </message>
    <message>
        <source>mon-enfant.fr declaration</source>
        <translation>Déclaration sur mon-enfant.fr</translation>
    </message>
    <message>
        <source>Moved to collective childcare</source>
        <translation>Passage en accueil collectif</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>Reconversion</translation>
    </message>
    <message>
        <source>Stopped working</source>
        <translation>Cessation d&apos;activité</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
</context>
<context>
    <name>CareerService</name>
    <message>
        <source>Save the childminder before recording her results.</source>
        <translation>Enregistrez l&apos;assistant(e) maternel(le) avant de saisir ses résultats.</translation>
    </message>
    <message>
        <source>Enter the date of the test or of the diploma.</source>
        <translation>Saisissez la date de l&apos;épreuve ou du diplôme.</translation>
    </message>
    <message>
        <source>The date is in the future: record a result once it is known.</source>
        <translation>La date est dans le futur : enregistrez un résultat une fois connu.</translation>
    </message>
    <message>
        <source>Name the qualification.</source>
        <translation>Indiquez le nom de la qualification.</translation>
    </message>
    <message>
        <source>Save the childminder before recording her career.</source>
        <translation>Enregistrez l&apos;assistant(e) maternel(le) avant de saisir son parcours.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>Saisissez la date de l&apos;événement.</translation>
    </message>
    <message>
        <source>The event is in the future: record it once it has happened.</source>
        <translation>L&apos;événement est dans le futur : enregistrez-le une fois survenu.</translation>
    </message>
    <message>
        <source>Choose why she stopped working.</source>
        <translation>Choisissez pourquoi elle a cessé son activité.</translation>
    </message>
    <message>
        <source>Choose which VAE step this is.</source>
        <translation>Choisissez l&apos;étape de la VAE.</translation>
    </message>
    <message>
        <source>Record the step « %1 » first, dated on or before %2.</source>
        <translation>Enregistrez d&apos;abord l&apos;étape « %1 », datée du %2 au plus tard.</translation>
    </message>
    <message>
        <source>Save the person before recording her immersion.</source>
        <translation>Enregistrez la personne avant de saisir son immersion.</translation>
    </message>
    <message>
        <source>Enter the host of the immersion.</source>
        <translation>Saisissez la structure d&apos;accueil de l&apos;immersion.</translation>
    </message>
    <message>
        <source>The immersion renewed must be one of hers.</source>
        <translation>L&apos;immersion renouvelée doit être l&apos;une des siennes.</translation>
    </message>
</context>
<context>
    <name>ChecklistItemKind</name>
    <message>
        <source>Initial training completed</source>
        <translation>Formation initiale suivie</translation>
    </message>
    <message>
        <source>Has cared for a child</source>
        <translation>A accueilli un enfant</translation>
    </message>
    <message>
        <source>Continuous improvement</source>
        <translation>Démarche d&apos;amélioration continue</translation>
    </message>
    <message>
        <source>CAP AEPE tests EP1 and EP3 sat</source>
        <translation>Épreuves EP1 et EP3 du CAP AEPE passées</translation>
    </message>
    <message>
        <source>mon-enfant.fr declarations up to date</source>
        <translation>Déclarations sur mon-enfant.fr à jour</translation>
    </message>
</context>
<context>
    <name>ChildminderExport</name>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>childminders.csv</source>
        <translation>assistants-maternels.csv</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Export de la liste en cours…</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>L&apos;export a été annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln childminder(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln assistant(e) maternel(le) exporté(e) dans %1.</numerusform>
            <numerusform>%Ln assistant(e)s maternel(le)s exporté(e)s dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildminderExporter</name>
    <message>
        <source>Writing the export failed: %1. Check the disk space.</source>
        <translation>L&apos;écriture de l&apos;export a échoué : %1. Vérifiez l&apos;espace disque disponible.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>N° d&apos;agrément</translation>
    </message>
    <message>
        <source>End of validity</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. Check the disk space.</source>
        <translation>L&apos;enregistrement de %1 a échoué : %2. Vérifiez l&apos;espace disque disponible.</translation>
    </message>
</context>
<context>
    <name>ChildminderMerge</name>
    <message>
        <source>Usage name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>RPE chosen by hand</source>
        <translation>RPE choisi à la main</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(follows her commune)</source>
        <translation>(suit sa commune)</translation>
    </message>
</context>
<context>
    <name>ChildminderService</name>
    <message>
        <source>Enter her surname (usage name or birth name).</source>
        <translation>Saisissez le nom (nom d&apos;usage ou nom de naissance).</translation>
    </message>
    <message>
        <source>Enter her first name.</source>
        <translation>Saisissez le prénom.</translation>
    </message>
    <message>
        <source>A childminder must be of age: check the birth date (dd/mm/yyyy).</source>
        <translation>Un(e) assistant(e) maternel(le) doit être majeur(e) : vérifiez la date de naissance (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>This birth date is more than 100 years ago: check it.</source>
        <translation>Cette date de naissance remonte à plus de 100 ans : vérifiez-la.</translation>
    </message>
    <message>
        <source>This email address is not valid (expected something like name@example.fr).</source>
        <translation>Cette adresse électronique n&apos;est pas valide (format attendu : nom@example.fr).</translation>
    </message>
    <message>
        <source>This phone number is not a French number of 10 digits (e.g. 03 29 12 34 56).</source>
        <translation>Ce numéro de téléphone n&apos;est pas un numéro français à 10 chiffres (ex. : 03 29 12 34 56).</translation>
    </message>
    <message>
        <source>A postal code has 5 digits.</source>
        <translation>Un code postal comporte 5 chiffres.</translation>
    </message>
    <message>
        <source>Unknown commune: check its spelling or choose it from the list.</source>
        <translation>Commune inconnue : vérifiez l&apos;orthographe ou choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>The postal code %1 does not serve %2.</source>
        <translation>Le code postal %1 ne correspond pas à la commune %2.</translation>
    </message>
</context>
<context>
    <name>ChildminderStatus</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Approval in progress</source>
        <translation>Agrément en cours</translation>
    </message>
    <message>
        <source>Licensed, working</source>
        <translation>Agréé(e) en activité</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu(e)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Cessation</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retraite</translation>
    </message>
</context>
<context>
    <name>CollectiveActivity</name>
    <message>
        <source>RPE early-learning workshop</source>
        <translation>Atelier d&apos;éveil RPE</translation>
    </message>
    <message>
        <source>Pooled training</source>
        <translation>Formation mutualisée</translation>
    </message>
    <message>
        <source>Practice-sharing session</source>
        <translation>Temps d&apos;échange de pratiques</translation>
    </message>
    <message>
        <source>Thematic evening</source>
        <translation>Soirée thématique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The changes were not saved</source>
        <translation>Les modifications n’ont pas été enregistrées</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it. Copy what you need from the screen, then close it.</source>
        <translation>Quelqu’un d’autre a supprimé cette fiche pendant que vous la modifiiez. Copiez ce dont vous avez besoin à l’écran, puis fermez-la.</translation>
    </message>
</context>
<context>
    <name>ContactEntry</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>Meeting at the RPE</source>
        <translation>Rencontre au RPE</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Réunion collective</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Career plan</source>
        <translation>Projet de carrière</translation>
    </message>
    <message>
        <source>Considering stopping</source>
        <translation>Cessation envisagée</translation>
    </message>
    <message>
        <source>Agrément</source>
        <translation>Agrément</translation>
    </message>
    <message>
        <source>MAM</source>
        <translation>MAM</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Exchange completed</source>
        <translation>Échange réalisé</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Online questionnaire</source>
        <translation>Questionnaire en ligne</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Choose the childminder this exchange was with.</source>
        <translation>Choisissez l&apos;assistant(e) maternel(le) concerné(e) par cet échange.</translation>
    </message>
    <message>
        <source>Enter the date and time of the exchange.</source>
        <translation>Saisissez la date et l&apos;heure de l&apos;échange.</translation>
    </message>
    <message>
        <source>The exchange cannot be in the future: check the date.</source>
        <translation>L&apos;échange ne peut pas être dans le futur : vérifiez la date.</translation>
    </message>
    <message>
        <source>Enter who had the exchange.</source>
        <translation>Saisissez qui a eu l&apos;échange.</translation>
    </message>
    <message>
        <source>The duration is in minutes, from 0 to 600.</source>
        <translation>La durée est en minutes, de 0 à 600.</translation>
    </message>
    <message>
        <source>Give the follow-up a due date.</source>
        <translation>Donnez une échéance à la suite à donner.</translation>
    </message>
    <message>
        <source>Say who will do the follow-up.</source>
        <translation>Indiquez qui s&apos;occupe de la suite à donner.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1: a closing quotation mark is missing.</source>
        <translation>Le fichier se termine à l&apos;intérieur d&apos;un champ entre guillemets commencé à la ligne %1 : il manque un guillemet fermant.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Le fichier est vide : il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2.</source>
        <translation>Impossible d&apos;ouvrir le fichier %1 : %2.</translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook (Excel or LibreOffice), not a CSV file: open it and save it as “CSV (semicolon separated)”.</source>
        <translation>Ce fichier est un classeur (Excel ou LibreOffice), pas un fichier CSV : ouvrez-le et enregistrez-le au format « CSV (séparateur: point-virgule) ».</translation>
    </message>
    <message>
        <source>The file is not text (it holds binary data): choose a CSV file.</source>
        <translation>Ce fichier n&apos;est pas un fichier texte (il contient des données binaires) : choisissez un fichier CSV.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is busy: another program or workstation is writing to it. Wait a moment and try again.</source>
        <translation>La base de données est occupée : un autre programme ou un autre poste est en train d&apos;y écrire. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 failed: %2. Check that the disk is not full and that the file is not damaged; if the problem persists, restore a backup.</source>
        <translation>%1 a échoué : %2. Vérifiez que le disque n&apos;est pas plein et que le fichier n&apos;est pas endommagé ; si le problème persiste, restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another location for the database.</source>
        <translation>Impossible de créer le dossier %1. Choisissez un autre emplacement pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check the file and its permissions.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2. Vérifiez le fichier et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>Cannot create an in-memory database: %1.</source>
        <translation>Impossible de créer une base de données en mémoire : %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a Parcours Pro database (or it is damaged). Choose another file or restore a backup.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données Parcours Pro (ou il est endommagé). Choisissez un autre fichier ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Preparing a query</source>
        <translation>La préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>A database operation</source>
        <translation>Une opération sur la base de données</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Parcours Pro (schema %1, this version knows %2). Install the newer version.</source>
        <translation>Cette base de données a été créée par une version plus récente de Parcours Pro (schéma %1 ; cette version connaît le schéma %2). Installez la version la plus récente.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (%1). Nothing was saved by this operation: check the network, then reopen the database (File &gt; Open a shared server).</source>
        <translation>La connexion au serveur de base de données a été perdue (%1). Cette opération n’a rien enregistré : vérifiez le réseau, puis rouvrez la base (Fichier &gt; Ouvrir un serveur partagé).</translation>
    </message>
    <message>
        <source>%1 failed on the database server: %2. Nothing was saved by this operation; if the problem persists, give this message to the person who runs the server.</source>
        <translation>%1 a échoué sur le serveur de base de données : %2. Cette opération n’a rien enregistré ; si le problème persiste, transmettez ce message à la personne qui administre le serveur.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed. Install the package libqt6sql6-psql (or ask your IT department), then try again.</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé. Installez le paquet libqt6sql6-psql (ou demandez à votre service informatique), puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2. Check the server name, port, database, user and password, and that the server accepts connections from this computer.</source>
        <translation>Impossible de se connecter au serveur de base de données %1 : %2. Vérifiez le nom du serveur, le port, la base, l’utilisateur et le mot de passe, et que le serveur accepte les connexions de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>A backup cannot be made in the middle of a change. Try again in a moment.</source>
        <translation>Une sauvegarde ne peut pas être faite au milieu d’une modification. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Choose another folder in the backup settings.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1. Choisissez un autre dossier dans les réglages des sauvegardes.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check (%1): it was not kept. Check the disk, then try again.</source>
        <translation>La copie de sauvegarde a échoué à son contrôle d’intégrité (%1) : elle n’a pas été conservée. Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 to the disk. Check the free space.</source>
        <translation>Impossible d’écrire la sauvegarde %1 sur le disque. Vérifiez l’espace libre.</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>le fichier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Cannot put %1 in place of %2. Check the folder&apos;s permissions and the free space.</source>
        <translation>Impossible de mettre %1 à la place de %2. Vérifiez les droits du dossier et l’espace libre.</translation>
    </message>
    <message>
        <source>The database was not updated to the new version because the backup made beforehand failed: %1</source>
        <translation>La base n’a pas été mise à jour vers la nouvelle version, car la sauvegarde faite avant a échoué : %1</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>The file %1 is empty (0 bytes): it holds no data, probably after an interrupted copy. It was left as it is. Restore a backup or choose another file.</source>
        <translation>Le fichier %1 est vide (0 octet) : il ne contient aucune donnée, sans doute après une copie interrompue. Il a été laissé tel quel. Restaurez une sauvegarde ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The file %1 is not a Parcours Pro database (it is not an SQLite file). It was left as it is. Choose the right file or restore a backup.</source>
        <translation>Le fichier %1 n’est pas une base Parcours Pro (ce n’est pas un fichier SQLite). Il a été laissé tel quel. Choisissez le bon fichier ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database %1 is truncated: the file is shorter than its header announces (%2). Part of the data is missing, probably after an interrupted copy. It was left as it is. Restore a backup.</source>
        <translation>La base %1 est tronquée : le fichier est plus court que ce qu’annonce son en-tête (%2). Une partie des données manque, sans doute après une copie interrompue. Elle a été laissée telle quelle. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (SQLite check: %2). It was left as it is so that nothing more is lost. Restore a backup, and keep the damaged file for a specialist.</source>
        <translation>La base %1 est endommagée (contrôle SQLite : %2). Elle a été laissée telle quelle pour ne rien perdre de plus. Restaurez une sauvegarde et conservez le fichier endommagé pour un spécialiste.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check its permissions.</source>
        <translation>Le fichier %1 ne peut pas être lu (%2). Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>incomplete header</source>
        <translation>en-tête incomplet</translation>
    </message>
    <message>
        <source>%1 bytes of %2</source>
        <translation>%1 octets sur %2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>The database %1 is on a network drive (%2). An SQLite database on a shared drive gets damaged when several workstations write to it. Copy it to this computer&apos;s disk, or, to work together, move it to a shared PostgreSQL server (parcours-cli migrate-to-server, then File &gt; Open a shared server).</source>
        <translation>La base %1 se trouve sur un lecteur réseau (%2). Une base SQLite sur un lecteur partagé s’abîme quand plusieurs postes y écrivent. Copiez-la sur le disque de cet ordinateur ou, pour travailler à plusieurs, placez-la sur un serveur PostgreSQL partagé (parcours-cli migrate-to-server, puis Fichier &gt; Ouvrir un serveur partagé).</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Parcours Pro databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Parcours Pro (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>new-database.sqlite</source>
        <translation>nouvelle-base.sqlite</translation>
    </message>
    <message>
        <source>Parcours Pro databases (*.sqlite)</source>
        <translation>Bases de données Parcours Pro (*.sqlite)</translation>
    </message>
    <message>
        <source>This file already exists</source>
        <translation>Ce fichier existe déjà</translation>
    </message>
    <message>
        <source>%1 already exists. To work on it, use File &gt; Open a database. To start a new database, choose another name.</source>
        <translation>%1 existe déjà. Pour travailler dessus, utilisez Fichier &gt; Ouvrir une base de données. Pour créer une nouvelle base de données, choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>What you can do: choose another database file (for example a backup), or create a new empty database. If the file is on a network drive, check that the drive is connected.</source>
        <translation>Que faire : choisissez un autre fichier de base de données (par exemple une sauvegarde) ou créez une nouvelle base de données vide. Si le fichier se trouve sur un lecteur réseau, vérifiez que le lecteur est connecté.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2:</source>
        <translation>Le serveur %1 demande le mot de passe de %2 :</translation>
    </message>
    <message>
        <source>The server cannot be opened</source>
        <translation>Impossible d’ouvrir le serveur</translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <source>Demo account (%1)</source>
        <translation>Compte de démonstration (%1)</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The list of French communes is missing: this build of the application is incomplete.</source>
        <translation>La liste des communes françaises est absente : cette installation de l&apos;application est incomplète.</translation>
    </message>
    <message>
        <source>The demo word list %1 is missing or empty: this build of the application is incomplete.</source>
        <translation>La liste de mots de démonstration %1 est absente ou vide : cette installation de l&apos;application est incomplète.</translation>
    </message>
</context>
<context>
    <name>EnrolmentStatus</name>
    <message>
        <source>Wish</source>
        <translation>Souhait</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit(e)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent(e)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Certificate received</source>
        <translation>Attestation reçue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Abandon</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
</context>
<context>
    <name>ImmersionRules</name>
    <message>
        <source>Enter the first and last days of the immersion.</source>
        <translation>Saisissez le premier et le dernier jour de l&apos;immersion.</translation>
    </message>
    <message>
        <source>The immersion ends before it starts: check the dates.</source>
        <translation>L&apos;immersion se termine avant de commencer : vérifiez les dates.</translation>
    </message>
    <message numerus="yes">
        <source>An immersion lasts at most %n month(s): this one should end by %1.</source>
        <translation>
            <numerusform>Une immersion dure au plus %n mois : celle-ci doit se terminer au plus tard le %1.</numerusform>
            <numerusform>Une immersion dure au plus %n mois : celle-ci doit se terminer au plus tard le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It overlaps the immersion from %1 to %2.</source>
        <translation>Elle chevauche l&apos;immersion du %1 au %2.</translation>
    </message>
    <message>
        <source>A renewal continues the same placement: choose the same host.</source>
        <translation>Un renouvellement prolonge la même immersion : choisissez la même structure d&apos;accueil.</translation>
    </message>
    <message>
        <source>A renewal starts after the immersion it renews has ended.</source>
        <translation>Un renouvellement commence après la fin de l&apos;immersion qu&apos;il renouvelle.</translation>
    </message>
    <message numerus="yes">
        <source>An immersion may be renewed %n time(s) only; this would be renewal number %1.</source>
        <translation>
            <numerusform>Une immersion ne peut être renouvelée que %n fois ; ce serait le renouvellement n° %1.</numerusform>
            <numerusform>Une immersion ne peut être renouvelée que %n fois ; ce serait le renouvellement n° %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With this host she would spend %1 days in 12 months: the limit is %n month(s).</source>
        <translation>
            <numerusform>Elle passerait %1 jours en 12 mois dans cette structure : la limite est de %n mois.</numerusform>
            <numerusform>Elle passerait %1 jours en 12 mois dans cette structure : la limite est de %n mois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationEmailExport</name>
    <message>
        <source>Writing the email list failed: %1. Check the disk space.</source>
        <translation>L’écriture de la liste des adresses e-mail a échoué : %1. Vérifiez l’espace disque.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Code personnel</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. Check the disk space.</source>
        <translation>L’enregistrement de %1 a échoué : %2. Vérifiez l’espace disque.</translation>
    </message>
</context>
<context>
    <name>InvitationLettersPdf</name>
    <message>
        <source>On %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tél. : %1</translation>
    </message>
    <message>
        <source>Subject: Annual survey %1</source>
        <translation>Objet : Enquête annuelle %1</translation>
    </message>
    <message>
        <source>Dear Madam, dear Sir,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>Every year, our service gets in touch with every childminder of the département to take stock of your work, your plans and your training wishes. Your answers help us support you better and plan childcare places for families.</source>
        <translation>Chaque année, notre service prend contact avec toutes les assistantes maternelles du département pour faire le point sur votre activité, vos projets et vos souhaits de formation. Vos réponses nous aident à mieux vous accompagner et à prévoir les places d’accueil pour les familles.</translation>
    </message>
    <message>
        <source>It only takes a few minutes to answer the questionnaire online at:</source>
        <translation>Il ne vous faudra que quelques minutes pour répondre au questionnaire en ligne, à l’adresse :</translation>
    </message>
    <message>
        <source>When asked, enter your personal reference code:</source>
        <translation>Lorsqu’il vous est demandé, saisissez votre code personnel :</translation>
    </message>
    <message>
        <source>Your personal reference code for this survey is:</source>
        <translation>Votre code personnel pour cette enquête est :</translation>
    </message>
    <message>
        <source>If you prefer, you can also answer by phone: call our service or your relay (RPE).</source>
        <translation>Si vous le préférez, vous pouvez aussi répondre par téléphone : appelez notre service ou votre relais petite enfance (RPE).</translation>
    </message>
    <message>
        <source>If you prefer, you can also answer by phone: call us at %1 and give your reference code.</source>
        <translation>Si vous le préférez, vous pouvez aussi répondre par téléphone : appelez-nous au %1 en indiquant votre code personnel.</translation>
    </message>
    <message>
        <source>Thank you for your participation. We remain at your disposal for any question.</source>
        <translation>Nous vous remercions de votre participation et restons à votre disposition pour toute question.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.</translation>
    </message>
    <message>
        <source>There is no letter to write: nobody matches the chosen campaign, relay and status.</source>
        <translation>Aucune lettre à écrire : personne ne correspond à la campagne, au RPE et au statut choisis.</translation>
    </message>
    <message>
        <source>Cannot write the letters “%1”: %2. Choose another folder or file name.</source>
        <translation>Impossible d’écrire les lettres « %1 » : %2. Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Annual survey %1 — invitation letters</source>
        <translation>Enquête annuelle %1 — lettres d’invitation</translation>
    </message>
    <message>
        <source>Cannot create the PDF “%1”. Check the disk space and try again.</source>
        <translation>Impossible de créer le PDF « %1 ». Vérifiez l’espace disque puis réessayez.</translation>
    </message>
    <message>
        <source>Creating the letters was cancelled: no file was written.</source>
        <translation>La création des lettres a été annulée : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot save the PDF “%1”: %2. Check the disk space and try again.</source>
        <translation>Impossible d’enregistrer le PDF « %1 » : %2. Vérifiez l’espace disque puis réessayez.</translation>
    </message>
</context>
<context>
    <name>LimeAnswerReader</name>
    <message>
        <source>&quot;%1&quot; in the column of option %2 is neither Y nor empty.</source>
        <translation>« %1 » dans la colonne de l&apos;option %2 n&apos;est ni Y ni vide.</translation>
    </message>
</context>
<context>
    <name>LimeColumnMap</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the column has no name</source>
        <translation>la colonne n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>no question of the campaign&apos;s questionnaire has this code</source>
        <translation>aucune question du questionnaire de la campagne n&apos;a ce code</translation>
    </message>
    <message>
        <source>question %1 offers no &quot;other&quot; answer in the questionnaire</source>
        <translation>la question %1 ne propose pas de réponse « autre » dans le questionnaire</translation>
    </message>
    <message>
        <source>comments on answers are not imported</source>
        <translation>les commentaires sur les réponses ne sont pas importés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of question %2</source>
        <translation>« %1 » n&apos;est pas une option de la question %2</translation>
    </message>
</context>
<context>
    <name>LimeResponseImporter</name>
    <message>
        <source>The file %1 cannot be opened: %2. Check its name and that it is not open in another program.</source>
        <translation>Impossible d&apos;ouvrir le fichier %1 : %2. Vérifiez son nom et qu&apos;il n&apos;est pas ouvert dans un autre logiciel.</translation>
    </message>
    <message>
        <source>This file is XML (a LimeSurvey survey structure?), not a response export. In LimeSurvey, open Responses, then Export, and choose the CSV format.</source>
        <translation>Ce fichier est au format XML (une structure de questionnaire LimeSurvey ?), pas un export de réponses. Dans LimeSurvey, ouvrez « Réponses », puis « Exporter », et choisissez le format CSV.</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Cette campagne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The campaign&apos;s questionnaire is missing from the database.</source>
        <translation>Le questionnaire de la campagne est absent de la base de données.</translation>
    </message>
    <message>
        <source>The file has no &quot;token&quot; column, so the responses cannot be matched to childminders. Export the responses with the access codes, or, if the survey asked for the reference code as a question, name that column.</source>
        <translation>Le fichier n&apos;a pas de colonne « token » : impossible de relier les réponses aux assistant(e)s maternel(le)s. Exportez les réponses avec les codes d&apos;accès ou, si le questionnaire demandait le code de référence dans une question, indiquez cette colonne.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; to take the reference codes from. Check the column name or question code.</source>
        <translation>Le fichier n&apos;a pas de colonne « %1 » d&apos;où prendre les codes de référence. Vérifiez le nom de la colonne ou le code de la question.</translation>
    </message>
    <message>
        <source>No column of the file matches a question of the questionnaire &quot;%1&quot; (version %2) that the %3 campaign uses. Check that it is the export of the right survey, with question codes as column headings.</source>
        <translation>Aucune colonne du fichier ne correspond à une question du questionnaire « %1 » (version %2) de la campagne %3. Vérifiez qu&apos;il s&apos;agit de l&apos;export du bon questionnaire, avec les codes des questions en en-têtes de colonnes.</translation>
    </message>
    <message>
        <source>The file holds no response: only its heading line.</source>
        <translation>Le fichier ne contient aucune réponse : seulement sa ligne d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>The file has no &quot;submitdate&quot; column: every line is taken as a complete response, dated from the import.</source>
        <translation>Le fichier n&apos;a pas de colonne « submitdate » : chaque ligne est prise comme une réponse complète, datée du jour de l&apos;import.</translation>
    </message>
    <message>
        <source>Incomplete response: she did not submit the questionnaire.</source>
        <translation>Réponse incomplète : le questionnaire n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>No reference code on this line.</source>
        <translation>Aucun code de référence sur cette ligne.</translation>
    </message>
    <message>
        <source>The reference code &quot;%1&quot; is not one of the %2 campaign.</source>
        <translation>Le code de référence « %1 » n&apos;appartient pas à la campagne %2.</translation>
    </message>
    <message>
        <source>The submission date &quot;%1&quot; cannot be read.</source>
        <translation>La date d&apos;envoi « %1 » est illisible.</translation>
    </message>
    <message>
        <source>The survey does not record dates: the response is dated from the import.</source>
        <translation>Le questionnaire n&apos;enregistre pas les dates : la réponse est datée du jour de l&apos;import.</translation>
    </message>
    <message>
        <source>She answered more than once: her response of %1 on line %2 is the one taken.</source>
        <translation>Plusieurs réponses pour la même personne : c&apos;est celle du %1, ligne %2, qui est retenue.</translation>
    </message>
    <message>
        <source>%1: %2 (in the file: &quot;%3&quot;)</source>
        <translation>%1 : %2 (dans le fichier : « %3 »)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Already imported: her online response of %1 is on file.</source>
        <translation>Déjà importée : la réponse en ligne du %1 est enregistrée.</translation>
    </message>
    <message>
        <source>She already has a response, typed by %1 on %2; choose to replace existing responses to import this one instead.</source>
        <translation>Une réponse existe déjà, saisie par %1 le %2 ; choisissez de remplacer les réponses existantes pour importer celle-ci à la place.</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>l&apos;équipe</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>L&apos;import a été annulé ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>LssImporter</name>
    <message>
        <source>The file stops before the end of the survey structure: it is incomplete (an interrupted download or copy?). Nothing was imported. Export the survey structure (.lss) from LimeSurvey again and import the new file.</source>
        <translation>Le fichier s&apos;arrête avant la fin de la structure du questionnaire : il est incomplet (téléchargement ou copie interrompus ?). Rien n&apos;a été importé. Exportez de nouveau la structure du questionnaire (.lss) depuis LimeSurvey et importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>This file is not an XML file, so it is not a LimeSurvey survey structure (.lss). Nothing was imported. In LimeSurvey, use &quot;Export &gt; Survey structure (.lss)&quot; and import that file.</source>
        <translation>Ce fichier n&apos;est pas un fichier XML : ce n&apos;est donc pas une structure de questionnaire LimeSurvey (.lss). Rien n&apos;a été importé. Dans LimeSurvey, utilisez « Exporter &gt; Structure du questionnaire (.lss) » et importez ce fichier.</translation>
    </message>
    <message>
        <source>The survey structure file is damaged (XML error line %1: %2). Nothing was imported. Export the survey structure (.lss) from LimeSurvey again and import the new file.</source>
        <translation>Le fichier de structure du questionnaire est endommagé (erreur XML ligne %1 : %2). Rien n&apos;a été importé. Exportez de nouveau la structure du questionnaire (.lss) depuis LimeSurvey et importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>This XML file is not a LimeSurvey survey structure export (.lss). Nothing was imported. In LimeSurvey, use &quot;Export &gt; Survey structure (.lss)&quot; and import that file.</source>
        <translation>Ce fichier XML n&apos;est pas un export de structure de questionnaire LimeSurvey (.lss). Rien n&apos;a été importé. Dans LimeSurvey, utilisez « Exporter &gt; Structure du questionnaire (.lss) » et importez ce fichier.</translation>
    </message>
    <message>
        <source>This is a LimeSurvey &quot;%1&quot; export, not a whole survey structure. Nothing was imported. In LimeSurvey, use &quot;Export &gt; Survey structure (.lss)&quot; and import that file.</source>
        <translation>Ce fichier est un export LimeSurvey « %1 », pas la structure complète d&apos;un questionnaire. Rien n&apos;a été importé. Dans LimeSurvey, utilisez « Exporter &gt; Structure du questionnaire (.lss) » et importez ce fichier.</translation>
    </message>
    <message>
        <source>This LimeSurvey survey structure contains no question. Nothing was imported. Add the questions in LimeSurvey, export the structure (.lss) again and import the new file.</source>
        <translation>Cette structure de questionnaire LimeSurvey ne contient aucune question. Rien n&apos;a été importé. Ajoutez les questions dans LimeSurvey, exportez de nouveau la structure (.lss) et importez le nouveau fichier.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;: its display condition (%2) was not imported; its questions are always shown.</source>
        <translation>Section « %1 » : sa condition d&apos;affichage (%2) n&apos;a pas été importée ; ses questions sont toujours affichées.</translation>
    </message>
    <message>
        <source>None of the questions of this LimeSurvey survey can be imported. Nothing was imported.
%1</source>
        <translation>Aucune question de ce questionnaire LimeSurvey ne peut être importée. Rien n&apos;a été importé.
%1</translation>
    </message>
    <message>
        <source>LimeSurvey survey %1</source>
        <translation>Questionnaire LimeSurvey %1</translation>
    </message>
    <message>
        <source>The questionnaire read from this LimeSurvey survey is not consistent. Nothing was imported.
%1</source>
        <translation>Le questionnaire lu dans ce questionnaire LimeSurvey n&apos;est pas cohérent. Rien n&apos;a été importé.
%1</translation>
    </message>
    <message>
        <source>%1 (LimeSurvey type %2): %3; not imported.</source>
        <translation>%1 (type LimeSurvey %2) : %3 ; non importée.</translation>
    </message>
    <message>
        <source>%1: the comment box of this list with comment was not imported.</source>
        <translation>%1 : la zone de commentaire de cette liste avec commentaire n&apos;a pas été importée.</translation>
    </message>
    <message>
        <source>%1: the comment boxes of this multiple choice were not imported.</source>
        <translation>%1 : les zones de commentaire de ce choix multiple n&apos;ont pas été importées.</translation>
    </message>
    <message>
        <source>%1: the question&apos;s JavaScript was not imported (never run).</source>
        <translation>%1 : le JavaScript de la question n&apos;a pas été importé (jamais exécuté).</translation>
    </message>
    <message>
        <source>%1 (LimeSurvey type %2): a choice question without any option; not imported.</source>
        <translation>%1 (type LimeSurvey %2) : question à choix sans aucune option ; non importée.</translation>
    </message>
    <message>
        <source>it depends on %1, which was not imported</source>
        <translation>elle dépend de %1, qui n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>it depends on %1, which comes later</source>
        <translation>elle dépend de %1, qui vient après</translation>
    </message>
    <message>
        <source>it depends on %1, which is not a question of the survey</source>
        <translation>elle dépend de %1, qui n&apos;est pas une question du questionnaire</translation>
    </message>
    <message>
        <source>only equality with answers of one earlier question can be imported</source>
        <translation>seule l&apos;égalité avec des réponses d&apos;une question précédente peut être importée</translation>
    </message>
    <message>
        <source>it depends on an unknown question</source>
        <translation>elle dépend d&apos;une question inconnue</translation>
    </message>
    <message>
        <source>only a test of one earlier question against given answers can be imported</source>
        <translation>seul un test d&apos;une question précédente sur des réponses données peut être importé</translation>
    </message>
    <message>
        <source>%1: display condition &quot;%2&quot; not imported: %3. The question is always shown.</source>
        <translation>%1 : condition d&apos;affichage « %2 » non importée : %3. La question est toujours affichée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was imported.</source>
        <translation>Impossible de lire %1 : %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is far too large to be a LimeSurvey survey structure (.lss). Nothing was imported.</source>
        <translation>%1 est bien trop volumineux pour être une structure de questionnaire LimeSurvey (.lss). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>display text shown between questions, not a question</source>
        <translation>texte affiché entre les questions, pas une question</translation>
    </message>
    <message>
        <source>array question (one answer per row): no matching question type</source>
        <translation>question tableau (une réponse par ligne) : aucun type de question correspondant</translation>
    </message>
    <message>
        <source>ranking question: no matching question type</source>
        <translation>question de classement : aucun type de question correspondant</translation>
    </message>
    <message>
        <source>gender question: no matching question type (recreate it as a single choice)</source>
        <translation>question genre : aucun type de question correspondant (recréez-la en choix unique)</translation>
    </message>
    <message>
        <source>multiple short texts: no matching question type (recreate one short-text question per line)</source>
        <translation>textes courts multiples : aucun type de question correspondant (recréez une question texte court par ligne)</translation>
    </message>
    <message>
        <source>multiple numerical inputs: no matching question type (recreate one number question per line)</source>
        <translation>entrées numériques multiples : aucun type de question correspondant (recréez une question nombre par ligne)</translation>
    </message>
    <message>
        <source>file upload: not supported (no files are kept)</source>
        <translation>envoi de fichier : non pris en charge (aucun fichier n&apos;est conservé)</translation>
    </message>
    <message>
        <source>equation computed by LimeSurvey, not a question</source>
        <translation>équation calculée par LimeSurvey, pas une question</translation>
    </message>
    <message>
        <source>language switch, not a question</source>
        <translation>changement de langue, pas une question</translation>
    </message>
    <message>
        <source>unknown LimeSurvey question type</source>
        <translation>type de question LimeSurvey inconnu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> — %1 (%2)</source>
        <translation> — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MamService</name>
    <message>
        <source>Enter the name of the MAM.</source>
        <translation>Saisissez le nom de la MAM.</translation>
    </message>
    <message>
        <source>A postal code has 5 digits.</source>
        <translation>Un code postal comporte 5 chiffres.</translation>
    </message>
    <message>
        <source>Unknown commune: check its spelling or choose it from the list.</source>
        <translation>Commune inconnue : vérifiez l&apos;orthographe ou choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>The postal code %1 does not serve %2.</source>
        <translation>Le code postal %1 ne correspond pas à la commune %2.</translation>
    </message>
    <message>
        <source>%1 leaves before joining: check the dates.</source>
        <translation>%1 : la date de départ précède la date d&apos;arrivée ; vérifiez les dates.</translation>
    </message>
    <message>
        <source>%1 appears twice as a current member.</source>
        <translation>%1 figure deux fois parmi les membres actuels.</translation>
    </message>
    <message>
        <source>%1 members today: a MAM has at most %2 childminders.</source>
        <translation>%1 membres à ce jour : une MAM réunit au plus %2 assistant(e)s maternel(le)s.</translation>
    </message>
</context>
<context>
    <name>MamSupportAction</name>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Protocol (safety, emergency...)</source>
        <translation>Protocole (mise en sûreté, urgence…)</translation>
    </message>
    <message>
        <source>Childcare project</source>
        <translation>Projet d&apos;accueil</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>Règlement de fonctionnement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Créer une nouvelle base de données…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>ObligationKind</name>
    <message>
        <source>Initial training before the first child</source>
        <translation>Formation initiale avant le premier accueil</translation>
    </message>
    <message>
        <source>Initial training, second part</source>
        <translation>Formation initiale, seconde partie</translation>
    </message>
    <message>
        <source>Continuing training this year</source>
        <translation>Formation continue de l&apos;année</translation>
    </message>
    <message>
        <source>Professional review</source>
        <translation>Entretien professionnel</translation>
    </message>
    <message>
        <source>CAP AEPE EP1 sat</source>
        <translation>EP1 du CAP AEPE passée</translation>
    </message>
    <message>
        <source>CAP AEPE EP3 sat</source>
        <translation>EP3 du CAP AEPE passée</translation>
    </message>
    <message>
        <source>VAE: eligibility (booklet 1)</source>
        <translation>VAE : recevabilité (livret 1)</translation>
    </message>
    <message>
        <source>VAE: booklet 2</source>
        <translation>VAE : livret 2</translation>
    </message>
    <message>
        <source>VAE: jury</source>
        <translation>VAE : jury</translation>
    </message>
</context>
<context>
    <name>ObligationRules</name>
    <message>
        <source>No agrément on file: the deadlines start from the first agrément.</source>
        <translation>Aucun agrément enregistré : les échéances partent du premier agrément.</translation>
    </message>
    <message>
        <source>Former rule: her first agrément was granted before 1 January %1.</source>
        <translation>Ancienne règle : son premier agrément date d&apos;avant le 1er janvier %1.</translation>
    </message>
    <message>
        <source>%1 h done of %2 h.</source>
        <translation>%1 h faites sur %2 h.</translation>
    </message>
    <message>
        <source>Taken as complete: her agrément has been renewed since, after the PMI checked her training (%1 h on file).</source>
        <translation>Considérée comme faite : son agrément a été renouvelé depuis, après vérification de sa formation par la PMI (%1 h enregistrées).</translation>
    </message>
    <message>
        <source>%1 h missing (%2 h done of %3 h), by %4.</source>
        <translation>%1 h manquantes (%2 h faites sur %3 h), avant le %4.</translation>
    </message>
    <message>
        <source>She has cared for a child since %1: this part was due before.</source>
        <translation>Elle accueille un enfant depuis le %1 : cette partie était due avant.</translation>
    </message>
    <message>
        <source>%1 h used in %2 of a right of %3 h per year (information: this is a right, not a duty).</source>
        <translation>%1 h utilisées en %2 sur un droit de %3 h par an (information : c&apos;est un droit, pas une obligation).</translation>
    </message>
    <message>
        <source>No agrément in force.</source>
        <translation>Aucun agrément en cours.</translation>
    </message>
    <message numerus="yes">
        <source>Last review on %1; one every %n year(s).</source>
        <translation>
            <numerusform>Dernier entretien le %1 ; un tous les %n ans.</numerusform>
            <numerusform>Dernier entretien le %1 ; un tous les %n ans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No review recorded since her agrément started on %1; one every %n year(s).</source>
        <translation>
            <numerusform>Aucun entretien enregistré depuis le début de son agrément le %1 ; un tous les %n ans.</numerusform>
            <numerusform>Aucun entretien enregistré depuis le début de son agrément le %1 ; un tous les %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed on %1.</source>
        <translation>Réussie le %1.</translation>
    </message>
    <message>
        <source>Sat on %1, not passed: passing %2 and the other test gives a 10-year renewal.</source>
        <translation>Passée le %1, non réussie : réussir %2 et l&apos;autre épreuve donne un renouvellement de 10 ans.</translation>
    </message>
    <message>
        <source>Sat on %1, result awaited.</source>
        <translation>Passée le %1, résultat attendu.</translation>
    </message>
    <message>
        <source>Not required for agréments granted before %1; passing EP1 and EP3 gives a 10-year renewal.</source>
        <translation>Non exigée pour les agréments accordés avant %1 ; réussir EP1 et EP3 donne un renouvellement de 10 ans.</translation>
    </message>
    <message>
        <source>Not sat yet: the renewal file (due by %1) needs %2 sat; passed, it gives a 10-year renewal.</source>
        <translation>Pas encore passée : le dossier de renouvellement (à déposer avant le %1) exige d&apos;avoir passé %2 ; réussie, elle donne un renouvellement de 10 ans.</translation>
    </message>
    <message>
        <source>No VAE under way. Eligibility for the CAP AEPE needs at least %1 h of experience (about one year of work).</source>
        <translation>Pas de VAE en cours. La recevabilité pour le CAP AEPE exige au moins %1 h d&apos;expérience (environ un an de travail).</translation>
    </message>
    <message>
        <source>Approved since %1.</source>
        <translation>Agréée depuis le %1.</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Faite le %1.</translation>
    </message>
    <message>
        <source>Recorded while the step before is missing: check the record.</source>
        <translation>Enregistrée alors que l&apos;étape précédente manque : vérifiez la saisie.</translation>
    </message>
    <message>
        <source>Dated before the step before: check the dates.</source>
        <translation>Datée avant l&apos;étape précédente : vérifiez les dates.</translation>
    </message>
    <message>
        <source>Next step.</source>
        <translation>Prochaine étape.</translation>
    </message>
    <message>
        <source>After the step before.</source>
        <translation>Après l&apos;étape précédente.</translation>
    </message>
    <message>
        <source>Needs at least %1 h of experience.</source>
        <translation>Exige au moins %1 h d&apos;expérience.</translation>
    </message>
    <message>
        <source>%1 h of the first part (%2 h)</source>
        <translation>%1 h de la première partie (%2 h)</translation>
    </message>
    <message>
        <source>%1 h of the second part (%2 h)</source>
        <translation>%1 h de la seconde partie (%2 h)</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Manque : %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>No agrément on file.</source>
        <translation>Aucun agrément enregistré.</translation>
    </message>
    <message>
        <source>Record the first child she cared for (career event « First child cared for »).</source>
        <translation>Enregistrez son premier accueil (événement de parcours « Premier accueil »).</translation>
    </message>
    <message>
        <source>No continuing training or practice-review hours since her agrément started on %1.</source>
        <translation>Aucune heure de formation continue ni d&apos;analyse de la pratique depuis le début de son agrément le %1.</translation>
    </message>
    <message>
        <source>Not sat yet: %1.</source>
        <translation>Pas encore passée(s) : %1.</translation>
    </message>
    <message>
        <source>Last mon-enfant.fr declaration on %1: declare availability again (before 1 June and 1 December).</source>
        <translation>Dernière déclaration sur mon-enfant.fr le %1 : déclarer de nouveau ses disponibilités (avant le 1er juin et le 1er décembre).</translation>
    </message>
    <message>
        <source>No mon-enfant.fr declaration recorded: she must publish her details and availability.</source>
        <translation>Aucune déclaration sur mon-enfant.fr enregistrée : elle doit publier ses coordonnées et ses disponibilités.</translation>
    </message>
</context>
<context>
    <name>ObligationService</name>
    <message>
        <source>%1: overdue since %2.</source>
        <translation>%1 : en retard depuis le %2.</translation>
    </message>
    <message>
        <source>%1: due by %2.</source>
        <translation>%1 : à faire avant le %2.</translation>
    </message>
</context>
<context>
    <name>ObligationStatus</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>Partner</name>
    <message>
        <source>PSMI</source>
        <translation>PSMI</translation>
    </message>
    <message>
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <source>France Travail</source>
        <translation>France Travail</translation>
    </message>
    <message>
        <source>RPE managing body</source>
        <translation>Gestionnaire de RPE</translation>
    </message>
    <message>
        <source>Training body</source>
        <translation>Organisme de formation</translation>
    </message>
    <message>
        <source>IPERIA-labelled body</source>
        <translation>Organisme labellisé IPERIA</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Integration employer</source>
        <translation>Structure d&apos;insertion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Saisissez le nom du partenaire.</translation>
    </message>
    <message>
        <source>This email address is not valid (expected something like name@example.fr).</source>
        <translation>Cette adresse e-mail n&apos;est pas valide (attendu : quelque chose comme nom@exemple.fr).</translation>
    </message>
    <message>
        <source>This phone number is not a French number of 10 digits (e.g. 03 29 12 34 56).</source>
        <translation>Ce numéro de téléphone n&apos;est pas un numéro français à 10 chiffres (ex. 03 29 12 34 56).</translation>
    </message>
    <message>
        <source>A postal code has 5 digits.</source>
        <translation>Un code postal compte 5 chiffres.</translation>
    </message>
    <message>
        <source>Contact person %1 has no name: enter it or remove the line.</source>
        <translation>La personne à contacter n° %1 n&apos;a pas de nom : saisissez-le ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>The email address of %1 is not valid.</source>
        <translation>L&apos;adresse e-mail de %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The phone number of %1 is not a French number of 10 digits.</source>
        <translation>Le numéro de téléphone de %1 n&apos;est pas un numéro français à 10 chiffres.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The cryptography library could not start. Restart the application.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer. Relancez l’application.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password. Close other programs and try again.</source>
        <translation>Mémoire insuffisante pour protéger le mot de passe. Fermez d’autres programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>lower-case letters</source>
        <translation>minuscules</translation>
    </message>
    <message>
        <source>capital letters</source>
        <translation>majuscules</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>symboles</translation>
    </message>
    <message>
        <source>It is too weak: about %1 bits, where the CNIL asks for 80. Use at least 12 characters mixing lower-case letters, capitals, digits and symbols, or 14 characters of three of these kinds, or a passphrase of at least 7 words.</source>
        <translation>Il est trop faible : environ %1 bits, alors que la CNIL en demande 80. Utilisez au moins 12 caractères mêlant minuscules, majuscules, chiffres et symboles, ou 14 caractères de trois de ces sortes, ou une phrase de passe d’au moins 7 mots.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n character(s).</source>
        <translation>
            <numerusform>Il compte %n caractère(s).</numerusform>
            <numerusform>Il compte %n caractère(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no %1.</source>
        <translation>Il n’a pas de %1.</translation>
    </message>
    <message>
        <source>It repeats too few different characters (%1): such passwords are tried first.</source>
        <translation>Il répète trop peu de caractères différents (%1) : ces mots de passe sont essayés en premier.</translation>
    </message>
    <message>
        <source>It contains the login name.</source>
        <translation>Il contient l’identifiant.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>read the records</source>
        <translation>consulter les fiches</translation>
    </message>
    <message>
        <source>create or change records</source>
        <translation>créer ou modifier des fiches</translation>
    </message>
    <message>
        <source>delete records</source>
        <translation>supprimer des fiches</translation>
    </message>
    <message>
        <source>anonymise a person</source>
        <translation>anonymiser une personne</translation>
    </message>
    <message>
        <source>export lists of people</source>
        <translation>exporter des listes de personnes</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>gérer les comptes utilisateurs</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>PersonFileObligations</name>
    <message>
        <source>due by %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>%1 h of %2 h</source>
        <translation>%1 h sur %2 h</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
</context>
<context>
    <name>PersonFilePdf</name>
    <message>
        <source>Childminder file: %1</source>
        <translation>Fiche de l&apos;assistant(e) maternel(le) : %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimée le %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>MAM</source>
        <translation>MAM</translation>
    </message>
    <message>
        <source>Current agrément</source>
        <translation>Agrément en cours</translation>
    </message>
    <message>
        <source>No agrément recorded.</source>
        <translation>Aucun agrément enregistré.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Place of practice</source>
        <translation>Lieu d&apos;exercice</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Where she stands</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Renewal file checklist</source>
        <translation>Pièces du dossier de renouvellement</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien d&apos;enregistré pour le moment.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: %2. Choose another folder or file name.</source>
        <translation>Impossible d&apos;écrire le PDF « %1 » : %2. Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot create the PDF “%1”. Check the disk space and try again.</source>
        <translation>Impossible de créer le PDF « %1 ». Vérifiez l&apos;espace disque et recommencez.</translation>
    </message>
    <message>
        <source>Page %1 / %2 — %3</source>
        <translation>Page %1 / %2 — %3</translation>
    </message>
    <message>
        <source>Cannot save the PDF “%1”: %2. Check the disk space and try again.</source>
        <translation>Impossible d&apos;enregistrer le PDF « %1 » : %2. Vérifiez l&apos;espace disque et recommencez.</translation>
    </message>
    <message>
        <source>Register record</source>
        <translation>Fiche du registre</translation>
    </message>
    <message>
        <source>Agréments</source>
        <translation>Agréments</translation>
    </message>
    <message>
        <source>Agrément events</source>
        <translation>Événements des agréments</translation>
    </message>
    <message>
        <source>MAM membership</source>
        <translation>Appartenance à une MAM</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Annual survey campaigns</source>
        <translation>Campagnes de l&apos;enquête annuelle</translation>
    </message>
    <message>
        <source>Survey invitations and reminders</source>
        <translation>Invitations et relances de l&apos;enquête</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Réponses à l&apos;enquête</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Réponses détaillées à l&apos;enquête</translation>
    </message>
    <message>
        <source>Training enrolments</source>
        <translation>Inscriptions en formation</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Diplômes et qualifications</translation>
    </message>
    <message>
        <source>Career events</source>
        <translation>Événements de carrière</translation>
    </message>
    <message>
        <source>Immersions (PMSMP)</source>
        <translation>Immersions (PMSMP)</translation>
    </message>
    <message>
        <source>Collective activities attended</source>
        <translation>Participation aux activités collectives</translation>
    </message>
    <message>
        <source>Prospect record</source>
        <translation>Fiche de prospect</translation>
    </message>
    <message>
        <source>Prospect stages</source>
        <translation>Étapes du parcours de prospect</translation>
    </message>
    <message>
        <source>Audit trail (changes and exports)</source>
        <translation>Journal d&apos;audit (modifications et exports)</translation>
    </message>
    <message>
        <source>All recorded data</source>
        <translation>Toutes les données enregistrées</translation>
    </message>
    <message>
        <source>Every record the service holds about this person, table by table, as stored (right of access, RGPD article 15).</source>
        <translation>Toutes les données que le service détient sur cette personne, table par table, telles qu&apos;elles sont enregistrées (droit d&apos;accès, article 15 du RGPD).</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Aucune donnée enregistrée.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Enregistrement %1</translation>
    </message>
</context>
<context>
    <name>PlaceOfPractice</name>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>MAM</source>
        <translation>MAM</translation>
    </message>
    <message>
        <source>Home and MAM</source>
        <translation>Domicile et MAM</translation>
    </message>
</context>
<context>
    <name>PmiColumn</name>
    <message>
        <source>Usage name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>N° d&apos;agrément</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Date d&apos;agrément</translation>
    </message>
    <message>
        <source>End of validity</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <source>Number of places</source>
        <translation>Nombre de places</translation>
    </message>
    <message>
        <source>Place of practice</source>
        <translation>Lieu d&apos;exercice</translation>
    </message>
    <message>
        <source>Relay (RPE)</source>
        <translation>Relais (RPE)</translation>
    </message>
</context>
<context>
    <name>PmiHeaderMatcher</name>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both read as “%3”; only the first non-empty one is used on each line.</source>
        <translation>Les colonnes « %1 » et « %2 » sont toutes deux lues comme « %3 » ; seule la première non vide est utilisée sur chaque ligne.</translation>
    </message>
    <message>
        <source>No column holds the surname: choose the column of the usage name or of the birth name.</source>
        <translation>Aucune colonne ne contient le nom : choisissez la colonne du nom d&apos;usage ou celle du nom de naissance.</translation>
    </message>
    <message>
        <source>No column holds the first name: people cannot be recognised on a later import without it.</source>
        <translation>Aucune colonne ne contient le prénom : sans lui, les personnes ne pourront pas être reconnues lors d&apos;un prochain import.</translation>
    </message>
</context>
<context>
    <name>PmiImporter</name>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>L&apos;import a été annulé ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This line is a duplicate of line %1: the same person appears twice.</source>
        <translation>Cette ligne est un doublon de la ligne %1 : la même personne apparaît deux fois.</translation>
    </message>
    <message>
        <source>This line is a duplicate of line %1: both lines describe the same person.</source>
        <translation>Cette ligne est un doublon de la ligne %1 : les deux lignes décrivent la même personne.</translation>
    </message>
    <message>
        <source>The line has neither an approval number nor a first name and date of birth; she will not be recognised on a later import.</source>
        <translation>La ligne ne comporte ni numéro d&apos;agrément, ni prénom et date de naissance ; la personne ne pourra pas être reconnue lors d&apos;un prochain import.</translation>
    </message>
    <message>
        <source>%1 is recorded as “%2” but is on the PMI list; her status was not changed.</source>
        <translation>%1 a le statut « %2 » dans le registre, mais figure sur la liste de la PMI ; son statut n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The relay “%1” named on this line is not in the register.</source>
        <translation>Le relais « %1 » indiqué sur cette ligne ne figure pas dans le registre.</translation>
    </message>
    <message>
        <source>The list names the relay “%1”, but no relay covers her commune; attach her by hand if that is right.</source>
        <translation>La liste indique le relais « %1 », mais aucun relais ne couvre sa commune ; rattachez la personne manuellement si c&apos;est exact.</translation>
    </message>
    <message>
        <source>The list names the relay “%1”, but she is attached to “%2”; her relay was not changed.</source>
        <translation>La liste indique le relais « %1 », mais la personne est rattachée à « %2 » ; son relais n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>PmiMerger</name>
    <message>
        <source>Recorded from a PMI list import.</source>
        <translation>Enregistré lors de l&apos;import d&apos;une liste de la PMI.</translation>
    </message>
</context>
<context>
    <name>PmiRowParser</name>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>The line has no surname: neither a usage name nor a birth name.</source>
        <translation>La ligne ne comporte pas de nom : ni nom d&apos;usage, ni nom de naissance.</translation>
    </message>
    <message>
        <source>The line has no first name; she may not be recognised on a later import.</source>
        <translation>La ligne ne comporte pas de prénom ; la personne risque de ne pas être reconnue lors d&apos;un prochain import.</translation>
    </message>
    <message>
        <source>The date “%1” in column “%2” does not exist.</source>
        <translation>La date « %1 » de la colonne « %2 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a date; write it as dd/mm/yyyy.</source>
        <translation>« %1 » dans la colonne « %2 » n&apos;est pas une date ; écrivez-la sous la forme jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>The date “%1” in column “%2” is in the future.</source>
        <translation>La date « %1 » de la colonne « %2 » est dans le futur.</translation>
    </message>
    <message>
        <source>The commune “%1” is not in the reference list; it was kept as written.</source>
        <translation>La commune « %1 » ne figure pas dans la liste de référence ; elle a été conservée telle quelle.</translation>
    </message>
    <message>
        <source>The postal code %1 does not designate a single commune; the commune is unknown.</source>
        <translation>Le code postal %1 ne désigne pas une commune unique ; la commune reste inconnue.</translation>
    </message>
    <message>
        <source>The postal code %1 does not serve %2 (%3); both were kept.</source>
        <translation>Le code postal %1 ne correspond pas à la commune %2 (%3) ; les deux ont été conservés.</translation>
    </message>
    <message>
        <source>The phone number “%1” is not a French number; it was kept as written.</source>
        <translation>Le numéro de téléphone « %1 » n&apos;est pas un numéro français ; il a été conservé tel quel.</translation>
    </message>
    <message>
        <source>The email address “%1” in column “%2” is malformed.</source>
        <translation>L&apos;adresse électronique « %1 » de la colonne « %2 » est mal formée.</translation>
    </message>
    <message>
        <source>The number of places “%1” in column “%2” is not a number.</source>
        <translation>Le nombre de places « %1 » de la colonne « %2 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The number of places in column “%1” is %2; an agrément allows at least one.</source>
        <translation>Le nombre de places de la colonne « %1 » est de %2 ; un agrément porte sur au moins une place.</translation>
    </message>
    <message>
        <source>%1 places exceed the legal maximum of %2 children at once.</source>
        <translation>%1 places dépassent le maximum légal de %2 enfants accueillis simultanément.</translation>
    </message>
    <message>
        <source>The place of practice “%1” is neither Domicile, MAM nor Domicile et MAM; it was ignored.</source>
        <translation>Le lieu d&apos;exercice « %1 » n&apos;est ni « Domicile », ni « MAM », ni « Domicile et MAM » ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The agrément ends on %1, before it starts on %2.</source>
        <translation>L&apos;agrément prend fin le %1, avant sa date de début (%2).</translation>
    </message>
</context>
<context>
    <name>PromotionAction</name>
    <message>
        <source>PSMI information meeting</source>
        <translation>Réunion d&apos;information PSMI</translation>
    </message>
    <message>
        <source>Job forum</source>
        <translation>Forum emploi</translation>
    </message>
    <message>
        <source>Talk at a training organisation</source>
        <translation>Intervention en organisme de formation</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Communication campaign</source>
        <translation>Campagne de communication</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PromotionService</name>
    <message>
        <source>Give the action a title.</source>
        <translation>Donnez un titre à l&apos;action.</translation>
    </message>
    <message>
        <source>Enter the date of the action (dd/mm/yyyy).</source>
        <translation>Saisissez la date de l&apos;action (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>This date is more than two years ahead: check it.</source>
        <translation>Cette date est à plus de deux ans : vérifiez-la.</translation>
    </message>
    <message>
        <source>The audience is a number of people, from 0 to 100,000.</source>
        <translation>Le public est un nombre de personnes, de 0 à 100 000.</translation>
    </message>
    <message>
        <source>A partner of this action no longer exists: choose the partners again.</source>
        <translation>Un partenaire de cette action n&apos;existe plus : choisissez à nouveau les partenaires.</translation>
    </message>
</context>
<context>
    <name>Prospect</name>
    <message>
        <source>Information meeting</source>
        <translation>Réunion d&apos;information</translation>
    </message>
    <message>
        <source>Job forum</source>
        <translation>Forum emploi</translation>
    </message>
    <message>
        <source>Training organisation</source>
        <translation>Organisme de formation</translation>
    </message>
    <message>
        <source>France Travail</source>
        <translation>France Travail</translation>
    </message>
    <message>
        <source>Integration employer</source>
        <translation>Structure d&apos;insertion</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site internet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé(e)</translation>
    </message>
    <message>
        <source>Immersion / work placement</source>
        <translation>Immersion / stage</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Agrément application filed</source>
        <translation>Dossier d&apos;agrément déposé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Agréé(e)</translation>
    </message>
    <message>
        <source>First child minded</source>
        <translation>Premier accueil</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Abandon</translation>
    </message>
</context>
<context>
    <name>ProspectService</name>
    <message>
        <source>Enter her surname or first name.</source>
        <translation>Saisissez le nom ou le prénom.</translation>
    </message>
    <message>
        <source>Enter the date of the first contact (dd/mm/yyyy).</source>
        <translation>Saisissez la date du premier contact (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>The first contact cannot be in the future: check the date.</source>
        <translation>Le premier contact ne peut pas être dans le futur : vérifiez la date.</translation>
    </message>
    <message>
        <source>This email address is not valid (expected something like name@example.fr).</source>
        <translation>Cette adresse e-mail n&apos;est pas valide (attendu : quelque chose comme nom@exemple.fr).</translation>
    </message>
    <message>
        <source>This phone number is not a French number of 10 digits (e.g. 03 29 12 34 56).</source>
        <translation>Ce numéro de téléphone n&apos;est pas un numéro français à 10 chiffres (ex. 03 29 12 34 56).</translation>
    </message>
    <message>
        <source>Say why she dropped out.</source>
        <translation>Indiquez le motif de l&apos;abandon.</translation>
    </message>
    <message>
        <source>This promotion action no longer exists: choose another one.</source>
        <translation>Cette action de promotion n&apos;existe plus : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This referrer no longer exists: choose another one.</source>
        <translation>Ce prescripteur n&apos;existe plus : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This prospect was deleted meanwhile.</source>
        <translation>Ce prospect a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>She dropped out: correct her stage first if she has resumed her way.</source>
        <translation>La personne a abandonné : corrigez d&apos;abord l&apos;étape si elle a repris son parcours.</translation>
    </message>
    <message>
        <source>She is already at « %1 »: stages only go forward (use a correction to go back).</source>
        <translation>La personne est déjà à l&apos;étape « %1 » : les étapes ne font qu&apos;avancer (passez par une correction pour revenir en arrière).</translation>
    </message>
    <message>
        <source>The date of the stage cannot be in the future.</source>
        <translation>La date de l&apos;étape ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date of the stage is before her previous stage (%1): check it.</source>
        <translation>La date de l&apos;étape précède celle de l&apos;étape précédente (%1) : vérifiez-la.</translation>
    </message>
    <message>
        <source>She has reached the last stage.</source>
        <translation>La dernière étape est déjà atteinte.</translation>
    </message>
    <message>
        <source>She has already dropped out.</source>
        <translation>L&apos;abandon est déjà enregistré.</translation>
    </message>
    <message>
        <source>Use « Drop out… » to record that she dropped out.</source>
        <translation>Utilisez « Abandon… » pour enregistrer un abandon.</translation>
    </message>
    <message>
        <source>She already has her childminder record: open it from the register.</source>
        <translation>La fiche assistant(e) maternel(le) existe déjà : ouvrez-la depuis le registre.</translation>
    </message>
    <message>
        <source>Only an approved prospect can become a childminder of the register: record her agrément first (stage « %1 »).</source>
        <translation>Seul un prospect agréé peut devenir assistant(e) maternel(le) du registre : enregistrez d&apos;abord l&apos;agrément (étape « %1 »).</translation>
    </message>
    <message>
        <source>A new childminder is either awaiting her agrément record or active.</source>
        <translation>Un(e) nouvel(le) assistant(e) maternel(le) est soit en attente de son agrément, soit en activité.</translation>
    </message>
    <message>
        <source>Former prospect (first contact on %1, channel: %2).</source>
        <translation>Ancien prospect (premier contact le %1, canal : %2).</translation>
    </message>
</context>
<context>
    <name>QualificationKind</name>
    <message>
        <source>CAP AEPE test EP1</source>
        <translation>Épreuve EP1 du CAP AEPE</translation>
    </message>
    <message>
        <source>CAP AEPE test EP2</source>
        <translation>Épreuve EP2 du CAP AEPE</translation>
    </message>
    <message>
        <source>CAP AEPE test EP3</source>
        <translation>Épreuve EP3 du CAP AEPE</translation>
    </message>
    <message>
        <source>CAP AEPE (whole diploma)</source>
        <translation>CAP AEPE (diplôme complet)</translation>
    </message>
    <message>
        <source>Other qualification</source>
        <translation>Autre qualification</translation>
    </message>
</context>
<context>
    <name>QualificationResult</name>
    <message>
        <source>Sat, result awaited</source>
        <translation>Passée, résultat attendu</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non réussie</translation>
    </message>
</context>
<context>
    <name>QuestionType</name>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <source>Scale from 1 to 5</source>
        <translation>Échelle de 1 à 5</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Texte court</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Texte long</translation>
    </message>
</context>
<context>
    <name>QuestionnaireJson</name>
    <message>
        <source>Question %1 has an unknown type &quot;%2&quot;.</source>
        <translation>La question %1 a un type inconnu : « %2 ».</translation>
    </message>
    <message>
        <source>The questionnaire is not valid JSON (%1).</source>
        <translation>Le questionnaire n&apos;est pas un fichier JSON valide (%1).</translation>
    </message>
    <message>
        <source>This file is not a Parcours Pro questionnaire.</source>
        <translation>Ce fichier n&apos;est pas un questionnaire Parcours Pro.</translation>
    </message>
    <message>
        <source>This questionnaire was made by a newer version of Parcours Pro.</source>
        <translation>Ce questionnaire a été créé par une version plus récente de Parcours Pro. Installez la nouvelle version.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireService</name>
    <message>
        <source>The default questionnaire is missing from this installation.</source>
        <translation>Le questionnaire par défaut est absent de cette installation. Réinstallez Parcours Pro.</translation>
    </message>
    <message>
        <source>The default questionnaire cannot be read: %1</source>
        <translation>Le questionnaire par défaut ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The default questionnaire is not usable: %1</source>
        <translation>Le questionnaire par défaut est inutilisable : %1</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTemplate</name>
    <message>
        <source>The questionnaire has no name.</source>
        <translation>Le questionnaire n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Question %1 has no code.</source>
        <translation>La question %1 n&apos;a pas de code.</translation>
    </message>
    <message>
        <source>The code %1 is used by more than one question.</source>
        <translation>Le code %1 est utilisé par plusieurs questions.</translation>
    </message>
    <message>
        <source>Question %1 is a choice question without any option.</source>
        <translation>La question %1 est une question à choix sans aucune option.</translation>
    </message>
    <message>
        <source>Question %1 offers &quot;other&quot; but is not a choice question.</source>
        <translation>La question %1 propose « autre » mais n&apos;est pas une question à choix.</translation>
    </message>
    <message>
        <source>Question %1 has the option code %2 twice.</source>
        <translation>La question %1 a deux fois le code d&apos;option %2.</translation>
    </message>
    <message>
        <source>Question %1 depends on its own answer.</source>
        <translation>La question %1 dépend de sa propre réponse.</translation>
    </message>
    <message>
        <source>Question %1 depends on %2, which does not exist.</source>
        <translation>La question %1 dépend de %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Question %1 depends on %2, which comes after it.</source>
        <translation>La question %1 dépend de %2, qui vient après elle.</translation>
    </message>
    <message>
        <source>The condition of question %1 gives no expected answer.</source>
        <translation>La condition de la question %1 ne donne aucune réponse attendue.</translation>
    </message>
    <message>
        <source>Question %1 asks for a follow-up on the answer %2, which it does not offer.</source>
        <translation>La question %1 demande une relance pour la réponse %2, qu&apos;elle ne propose pas.</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Managing body</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Territory (EPCI)</source>
        <translation>Territoire (EPCI)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis le %2)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>How she heard of the job</source>
        <translation>Comment elle a connu le métier</translation>
    </message>
    <message>
        <source>Promotion action</source>
        <translation>Action de promotion</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orientée par</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
</context>
<context>
    <name>RelayService</name>
    <message>
        <source>Enter the name of the relay.</source>
        <translation>Saisissez le nom du relais.</translation>
    </message>
    <message>
        <source>%1 already belongs to the territory of %2.</source>
        <translation>%1 fait déjà partie du territoire du relais « %2 ».</translation>
    </message>
    <message>
        <source>Staff line %1: enter the person&apos;s name.</source>
        <translation>Équipe, ligne %1 : saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>Staff line %1: the email address is not valid (expected something like name@example.fr).</source>
        <translation>Équipe, ligne %1 : l&apos;adresse électronique n&apos;est pas valide (format attendu : nom@example.fr).</translation>
    </message>
    <message>
        <source>Staff line %1: the phone number is not a French number of 10 digits.</source>
        <translation>Équipe, ligne %1 : le numéro de téléphone n&apos;est pas un numéro français à 10 chiffres.</translation>
    </message>
</context>
<context>
    <name>ResponseRules</name>
    <message>
        <source>&quot;%1&quot; is not one of the offered answers.</source>
        <translation>« %1 » ne fait pas partie des réponses proposées.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Répondez par oui ou par non.</translation>
    </message>
    <message>
        <source>Give a whole number from 1 to 5.</source>
        <translation>Indiquez un nombre entier de 1 à 5.</translation>
    </message>
    <message>
        <source>Give a number (digits only, 0 or more).</source>
        <translation>Indiquez un nombre (chiffres seulement, 0 ou plus).</translation>
    </message>
    <message>
        <source>Give a valid date.</source>
        <translation>Indiquez une date valide.</translation>
    </message>
    <message>
        <source>This question must be answered.</source>
        <translation>Cette question doit avoir une réponse.</translation>
    </message>
    <message>
        <source>Only one answer is expected.</source>
        <translation>Une seule réponse est attendue.</translation>
    </message>
    <message>
        <source>Say what &quot;other&quot; means.</source>
        <translation>Précisez ce que recouvre « autre ».</translation>
    </message>
</context>
<context>
    <name>ResponseService</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>This childminder is not part of the campaign.</source>
        <translation>Cette assistante maternelle ne fait pas partie de la campagne.</translation>
    </message>
    <message>
        <source>The response cannot be dated in the future.</source>
        <translation>La réponse ne peut pas être datée dans le futur : vérifiez la date.</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Cette campagne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The campaign&apos;s questionnaire is missing from the database.</source>
        <translation>Le questionnaire de la campagne est absent de la base de données.</translation>
    </message>
    <message>
        <source>Online questionnaire</source>
        <translation>Questionnaire en ligne</translation>
    </message>
    <message>
        <source>Answer to the %1 annual survey.</source>
        <translation>Réponse à l&apos;enquête annuelle %1.</translation>
    </message>
    <message>
        <source>Call her back after the %1 survey: %2</source>
        <translation>Rappeler après l&apos;enquête %1 : %2</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
</context>
<context>
    <name>RetentionJob</name>
    <message numerus="yes">
        <source>%n childminder(s) to anonymise (agrément ended before %1)</source>
        <translation>
            <numerusform>%n assistant(e) maternel(le) à anonymiser (agrément terminé avant le %1)</numerusform>
            <numerusform>%n assistant(e)s maternel(le)s à anonymiser (agrément terminé avant le %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymisation after the end of the agrément: rule turned off</source>
        <translation>Anonymisation après la fin de l&apos;agrément : règle désactivée</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) to delete (no activity since %1)</source>
        <translation>
            <numerusform>%n prospect à supprimer (aucune activité depuis le %1)</numerusform>
            <numerusform>%n prospects à supprimer (aucune activité depuis le %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion of inactive prospects: rule turned off</source>
        <translation>Suppression des prospects inactifs : règle désactivée</translation>
    </message>
    <message numerus="yes">
        <source>%n contact note(s) to empty (contacts before %1)</source>
        <translation>
            <numerusform>%n note de contact à vider (contacts antérieurs au %1)</numerusform>
            <numerusform>%n notes de contact à vider (contacts antérieurs au %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Emptying of old contact notes: rule turned off</source>
        <translation>Effacement des anciennes notes de contact : règle désactivée</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Enter the title of the activity.</source>
        <translation>Saisissez l&apos;intitulé de l&apos;activité.</translation>
    </message>
    <message>
        <source>Enter the date of the activity (dd/mm/yyyy).</source>
        <translation>Saisissez la date de l&apos;activité (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>The date is more than two years ahead: check the year.</source>
        <translation>La date est à plus de deux ans : vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>The duration is in hours, from 0 to 100.</source>
        <translation>La durée est en heures, de 0 à 100.</translation>
    </message>
    <message>
        <source>This RPE no longer exists: choose another one.</source>
        <translation>Ce RPE n&apos;existe plus : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Someone on the attendance list is not on the register any more: remove her and save again.</source>
        <translation>Une personne de la liste de présence n&apos;est plus au fichier : retirez-la et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Save the activity first, then add the people who came.</source>
        <translation>Enregistrez d&apos;abord l&apos;activité, puis ajoutez les personnes présentes.</translation>
    </message>
    <message>
        <source>This childminder is not on the register any more: choose someone else.</source>
        <translation>Cette assistante maternelle n&apos;est plus au fichier : choisissez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Choose the MAM this action supports.</source>
        <translation>Choisissez la MAM accompagnée.</translation>
    </message>
    <message>
        <source>Enter what is being drafted (title).</source>
        <translation>Saisissez ce qui est rédigé (intitulé).</translation>
    </message>
    <message>
        <source>The due date is before the start date: check both.</source>
        <translation>L&apos;échéance est antérieure à la date de début : vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>Enter the date the action was completed.</source>
        <translation>Saisissez la date à laquelle l&apos;action a été terminée.</translation>
    </message>
    <message>
        <source>The completion date cannot be in the future.</source>
        <translation>La date de fin ne peut pas être dans le futur.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>coordinator</source>
        <translation>coordinateur/coordinatrice</translation>
    </message>
    <message>
        <source>contact staff</source>
        <translation>chargé(e) de contact</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
</context>
<context>
    <name>RuleSettingsForm</name>
    <message>
        <source>Agrément</source>
        <translation>Agrément</translation>
    </message>
    <message>
        <source>First agrément valid for:</source>
        <translation>Premier agrément valable :</translation>
    </message>
    <message>
        <source>Renewal with training done and EP1 + EP3 passed:</source>
        <translation>Renouvellement (formation faite, EP1 et EP3 réussies) :</translation>
    </message>
    <message>
        <source>Other renewals:</source>
        <translation>Autres renouvellements :</translation>
    </message>
    <message>
        <source>Renewal file due before the end:</source>
        <translation>Dossier de renouvellement à déposer avant l&apos;échéance :</translation>
    </message>
    <message>
        <source>Warn about agréments ending within:</source>
        <translation>Alerter des agréments qui finissent dans les :</translation>
    </message>
    <message>
        <source>Emergency suspension at most:</source>
        <translation>Suspension en urgence, au plus :</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité d&apos;accueil</translation>
    </message>
    <message>
        <source>Children under 11 at once, at most:</source>
        <translation>Enfants de moins de 11 ans en même temps, au plus :</translation>
    </message>
    <message>
        <source>Of whom under 3, at most:</source>
        <translation>Dont moins de 3 ans, au plus :</translation>
    </message>
    <message>
        <source>Temporary exception, extra places:</source>
        <translation>Dérogation temporaire, places en plus :</translation>
    </message>
    <message>
        <source>Childminders per MAM, at most:</source>
        <translation>Assistant(e)s maternel(le)s par MAM, au plus :</translation>
    </message>
    <message>
        <source>Children in a MAM at once, at most:</source>
        <translation>Enfants en même temps dans une MAM, au plus :</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Initial training before the first child:</source>
        <translation>Formation initiale avant le premier accueil :</translation>
    </message>
    <message>
        <source>…due after the first agrément within:</source>
        <translation>… à faire après le premier agrément dans les :</translation>
    </message>
    <message>
        <source>Second part of the initial training:</source>
        <translation>Seconde partie de la formation initiale :</translation>
    </message>
    <message>
        <source>Agréments granted before 1 January of this year follow the former rule:</source>
        <translation>Les agréments délivrés avant le 1er janvier de cette année suivent l&apos;ancienne règle :</translation>
    </message>
    <message>
        <source>Former rule, hours before the first child:</source>
        <translation>Ancienne règle, heures avant le premier accueil :</translation>
    </message>
    <message>
        <source>Former rule, second part:</source>
        <translation>Ancienne règle, seconde partie :</translation>
    </message>
    <message>
        <source>Former rule, second part due within:</source>
        <translation>Ancienne règle, seconde partie à faire dans les :</translation>
    </message>
    <message>
        <source>Continuing-training right per year:</source>
        <translation>Droit à la formation continue par an :</translation>
    </message>
    <message>
        <source>Show a deadline as due within:</source>
        <translation>Signaler une échéance de formation à partir de :</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Professional review every:</source>
        <translation>Entretien professionnel tous les :</translation>
    </message>
    <message>
        <source>Experience required for a VAE:</source>
        <translation>Expérience exigée pour une VAE :</translation>
    </message>
    <message>
        <source>Immersion (PMSMP) at most:</source>
        <translation>Immersion (PMSMP), au plus :</translation>
    </message>
    <message>
        <source>Immersion renewals allowed:</source>
        <translation>Renouvellements d&apos;immersion permis :</translation>
    </message>
    <message>
        <source>Immersions with one host over 12 months, at most:</source>
        <translation>Immersions chez une même structure sur 12 mois, au plus :</translation>
    </message>
    <message>
        <source>Isolation watch: nothing collective and no contact for:</source>
        <translation>Veille isolement : aucune activité collective ni aucun contact depuis :</translation>
    </message>
    <message>
        <source>Personal data retention</source>
        <translation>Conservation des données personnelles</translation>
    </message>
    <message>
        <source>Anonymise a childminder after her agrément ended (0: never):</source>
        <translation>Anonymiser un(e) assistant(e) maternel(le) après la fin de l&apos;agrément (0 : jamais) :</translation>
    </message>
    <message>
        <source>Delete a prospect with no activity for (0: never):</source>
        <translation>Supprimer un prospect sans activité depuis (0 : jamais) :</translation>
    </message>
    <message>
        <source>Empty the notes of contacts older than (0: never):</source>
        <translation>Vider les notes des contacts de plus de (0 : jamais) :</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Keep the audit trail for (0: for ever):</source>
        <translation>Conserver le journal d’audit pendant (0 : sans limite) :</translation>
    </message>
</context>
<context>
    <name>ServerCopy</name>
    <message>
        <source>Cannot read the table %1 of the local database.</source>
        <translation>Impossible de lire la table %1 de la base locale.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 to verify it.</source>
        <translation>Impossible de lire la table %1 pour la vérifier.</translation>
    </message>
    <message>
        <source>The copy goes from a local database file to a PostgreSQL server.</source>
        <translation>La copie se fait d’un fichier de base locale vers un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>The local database (schema %1) and the server (schema %2) are not at the same version. Update Parcours Pro on this computer, then try again.</source>
        <translation>La base locale (schéma %1) et le serveur (schéma %2) ne sont pas à la même version. Mettez à jour Parcours Pro sur cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s database already holds records: the copy only goes into a new, empty database (or schema), so that nothing there is overwritten or mixed.</source>
        <translation>La base du serveur contient déjà des fiches : la copie ne se fait que dans une base (ou un schéma) neuve et vide, pour que rien n’y soit écrasé ni mélangé.</translation>
    </message>
    <message>
        <source>The server&apos;s table %1 has no column %2: its schema differs from this version of Parcours Pro.</source>
        <translation>La table %1 du serveur n’a pas de colonne %2 : son schéma diffère de cette version de Parcours Pro.</translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from the local database (%2 rows here, %3 on the server): nothing was kept on the server. Report this to your IT department with the log.</source>
        <translation>La copie de la table %1 diffère de la base locale (%2 lignes ici, %3 sur le serveur) : rien n’a été gardé sur le serveur. Signalez-le à votre service informatique, avec le journal.</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>This database is already on a server: open the local file to copy it.</source>
        <translation>Cette base est déjà sur un serveur : ouvrez le fichier local pour le copier.</translation>
    </message>
</context>
<context>
    <name>SqlApprovalRepository</name>
    <message>
        <source>Someone else changed this agrément meanwhile. Reopen the file and record the change again.</source>
        <translation>Une autre personne a modifié cet agrément entre-temps. Rouvrez le dossier et enregistrez à nouveau la modification.</translation>
    </message>
</context>
<context>
    <name>SqlCareerRepository</name>
    <message>
        <source>Someone else changed this qualification meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette qualification entre-temps. Rouvrez-la et recommencez.</translation>
    </message>
    <message>
        <source>This record was changed or deleted by someone else meanwhile. Reopen her file and try again.</source>
        <translation>Cette fiche a été modifiée ou supprimée par quelqu&apos;un d&apos;autre entre-temps. Rouvrez son dossier et recommencez.</translation>
    </message>
    <message>
        <source>Someone else changed this career event meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet événement de parcours entre-temps. Rouvrez-le et recommencez.</translation>
    </message>
    <message>
        <source>Someone else changed this immersion meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette immersion entre-temps. Rouvrez-la et recommencez.</translation>
    </message>
</context>
<context>
    <name>SqlChildminderRepository</name>
    <message>
        <source>This childminder no longer exists in the database.</source>
        <translation>Ce dossier d&apos;assistant(e) maternel(le) n&apos;existe plus dans la base de données.</translation>
    </message>
    <message>
        <source>Someone else saved this childminder&apos;s file while you were editing it. Compare both versions before saving again.</source>
        <translation>Une autre personne a enregistré ce dossier pendant que vous le modifiiez. Comparez les deux versions avant d&apos;enregistrer à nouveau.</translation>
    </message>
</context>
<context>
    <name>SqlContactRepository</name>
    <message>
        <source>Someone else changed this contact meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet échange entre-temps. Rouvrez-le et recommencez.</translation>
    </message>
</context>
<context>
    <name>SqlMamRepository</name>
    <message>
        <source>Someone else changed this MAM meanwhile. Reopen it and try again.</source>
        <translation>Une autre personne a modifié cette MAM entre-temps. Rouvrez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>SqlPartnerRepository</name>
    <message>
        <source>Someone else changed this partner meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce partenaire entre-temps. Rouvrez-le puis recommencez.</translation>
    </message>
</context>
<context>
    <name>SqlPromotionActionRepository</name>
    <message>
        <source>Someone else changed this promotion action meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette action de promotion entre-temps. Rouvrez-la puis recommencez.</translation>
    </message>
    <message>
        <source>Could not read the partners of the promotion actions.</source>
        <translation>Impossible de lire les partenaires des actions de promotion.</translation>
    </message>
</context>
<context>
    <name>SqlProspectRepository</name>
    <message>
        <source>Someone else changed this prospect meanwhile. Reopen her and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce prospect entre-temps. Rouvrez la fiche puis recommencez.</translation>
    </message>
</context>
<context>
    <name>SqlQuestionnaireRepository</name>
    <message>
        <source>Questionnaire %1 (version %2) cannot be read: %3</source>
        <translation>Le questionnaire « %1 » (version %2) ne peut pas être lu : %3</translation>
    </message>
</context>
<context>
    <name>SqlRelayRepository</name>
    <message>
        <source>Someone else changed this relay meanwhile. Reopen it and try again.</source>
        <translation>Une autre personne a modifié ce relais entre-temps. Rouvrez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>SqlResponseRepository</name>
    <message>
        <source>Someone else saved a response for this person meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré entre-temps une réponse pour cette personne. Rouvrez-la et recommencez.</translation>
    </message>
</context>
<context>
    <name>SqlRetentionRepository</name>
    <message>
        <source>Someone else changed or deleted this activity meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ou supprimé cette activité entre-temps. Rouvrez-la et recommencez.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this support action meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ou supprimé cette action d&apos;accompagnement entre-temps. Rouvrez-la et recommencez.</translation>
    </message>
</context>
<context>
    <name>SqlTrainingRepository</name>
    <message>
        <source>Someone else changed or removed this course meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ou supprimé cette formation entre-temps. Rouvrez-la et recommencez.</translation>
    </message>
    <message>
        <source>Someone else changed or removed this session meanwhile. Reopen it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ou supprimé cette session entre-temps. Rouvrez-la et recommencez.</translation>
    </message>
    <message>
        <source>Someone else changed this enrolment meanwhile. Reload the session and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette inscription entre-temps. Rechargez la session et recommencez.</translation>
    </message>
</context>
<context>
    <name>SqlUserRepository</name>
    <message>
        <source>Someone else changed this user account meanwhile. Reopen it and try again.</source>
        <translation>Quelqu’un d’autre a modifié ce compte entre-temps. Rouvrez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>SummaryPdfWriter</name>
    <message>
        <source>Whole campaign</source>
        <translation>Ensemble de la campagne</translation>
    </message>
    <message>
        <source>Annual survey %1 — summary</source>
        <translation>Enquête annuelle %1 — synthèse</translation>
    </message>
    <message>
        <source>Questionnaire: %1 (version %2)</source>
        <translation>Questionnaire : %1 (version %2)</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Document généré le %1</translation>
    </message>
    <message>
        <source>To protect the people who answered, any figure about 1 to 4 people is shown as “&lt; 5”.</source>
        <translation>Pour protéger les personnes qui ont répondu, tout effectif de 1 à 4 personnes est remplacé par « &lt; 5 ».</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Share of people in scope</source>
        <translation>Part des personnes concernées</translation>
    </message>
    <message>
        <source>People in scope</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactées</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ont refusé</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignables</translation>
    </message>
    <message>
        <source>Response rate among people contacted: %1</source>
        <translation>Taux de réponse parmi les personnes contactées : %1</translation>
    </message>
    <message>
        <source>Reach per relay (RPE)</source>
        <translation>Participation par RPE</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Concernées</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>Sans RPE</translation>
    </message>
    <message>
        <source>Asked to %1 people, %2 answered.</source>
        <translation>Question posée à %1 personnes, %2 réponses.</translation>
    </message>
    <message>
        <source>Too few answers to publish an average.</source>
        <translation>Trop peu de réponses pour publier une moyenne.</translation>
    </message>
    <message>
        <source>Average score: %1 out of 5.</source>
        <translation>Note moyenne : %1 sur 5.</translation>
    </message>
    <message>
        <source>Average: %1 — minimum: %2 — maximum: %3.</source>
        <translation>Moyenne : %1 — minimum : %2 — maximum : %3.</translation>
    </message>
    <message>
        <source>%1 written answers in all; the first %2 are shown.</source>
        <translation>%1 réponses écrites au total ; seules les %2 premières figurent ici.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Places at risk per relay (RPE)</source>
        <translation>Places menacées par RPE</translation>
    </message>
    <message>
        <source>Childminders who plan to stop within 1, 3 or 5 years and the places of their agrément. The figures add up: “within 3 years” includes “within 1 year”.</source>
        <translation>Assistantes maternelles qui envisagent d’arrêter leur activité d’ici 1, 3 ou 5 ans et places de leur agrément. Les chiffres sont cumulés : « d’ici 3 ans » comprend « d’ici 1 an ».</translation>
    </message>
    <message>
        <source>Within 1 year</source>
        <translation>D’ici 1 an</translation>
    </message>
    <message>
        <source>Within 3 years</source>
        <translation>D’ici 3 ans</translation>
    </message>
    <message>
        <source>Within 5 years</source>
        <translation>D’ici 5 ans</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The chart shows the %1 RPEs with the most places at risk.</source>
        <translation>Le graphique montre les %1 RPE qui comptent le plus de places menacées.</translation>
    </message>
    <message>
        <source>Training wishes per relay (RPE)</source>
        <translation>Souhaits de formation par RPE</translation>
    </message>
    <message>
        <source>Themes ranked by the number of childminders who chose them — ready to send to the training organisations.</source>
        <translation>Thèmes classés selon le nombre d’assistantes maternelles qui les ont choisis — prêt à envoyer aux organismes de formation.</translation>
    </message>
    <message>
        <source>%1 respondents asked about themes.</source>
        <translation>%1 répondantes interrogées sur les thèmes.</translation>
    </message>
    <message>
        <source>No training wish expressed.</source>
        <translation>Aucun souhait de formation exprimé.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Per relay (RPE)</source>
        <translation>Par relais (RPE)</translation>
    </message>
    <message>
        <source>Creating the PDF was cancelled: no file was written.</source>
        <translation>La création du PDF a été annulée : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: %2. Choose another folder or file name.</source>
        <translation>Impossible d’écrire le PDF « %1 » : %2. Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot create the PDF “%1”. Check the disk space and try again.</source>
        <translation>Impossible de créer le PDF « %1 ». Vérifiez l’espace disque puis réessayez.</translation>
    </message>
    <message>
        <source>Page %1 / %2 — %3</source>
        <translation>Page %1 / %2 — %3</translation>
    </message>
    <message>
        <source>Cannot save the PDF “%1”: %2. Check the disk space and try again.</source>
        <translation>Impossible d’enregistrer le PDF « %1 » : %2. Vérifiez l’espace disque puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%n other relay(s)</source>
        <translation>
            <numerusform>%n autre relais</numerusform>
            <numerusform>%n autres relais</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondantes</translation>
    </message>
    <message>
        <source>1st theme</source>
        <translation>1er thème</translation>
    </message>
    <message>
        <source>2nd theme</source>
        <translation>2e thème</translation>
    </message>
    <message>
        <source>3rd theme</source>
        <translation>3e thème</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SurveyCampaign</name>
    <message>
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité(e)</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>Relancé(e)</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors champ</translation>
    </message>
    <message>
        <source>She has not been invited yet: send the invitation first.</source>
        <translation>Pas encore invité(e) : envoyez d&apos;abord l&apos;invitation.</translation>
    </message>
    <message numerus="yes">
        <source>She has already had the maximum of %n reminder(s).</source>
        <translation>
            <numerusform>Le maximum de %n relance est déjà atteint.</numerusform>
            <numerusform>Le maximum de %n relances est déjà atteint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too soon: the next reminder can be sent from %1 (%n day(s) after the last sending).</source>
        <translation>
            <numerusform>Trop tôt : la prochaine relance pourra être envoyée à partir du %1 (%n jour après le dernier envoi).</numerusform>
            <numerusform>Trop tôt : la prochaine relance pourra être envoyée à partir du %1 (%n jours après le dernier envoi).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyCharts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Concernées</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactées</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ont refusé</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignables</translation>
    </message>
    <message>
        <source>Within 1 year</source>
        <translation>D’ici 1 an</translation>
    </message>
    <message>
        <source>Within 3 years</source>
        <translation>D’ici 3 ans</translation>
    </message>
    <message>
        <source>Within 5 years</source>
        <translation>D’ici 5 ans</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>SurveyPrivacyNotice</name>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Your file is kept while you hold an agrément and for %n year(s) after it ends, then anonymised.</source>
        <translation>
            <numerusform>Votre dossier est conservé tant que vous êtes agréé(e) et %n an après la fin de votre agrément, puis anonymisé.</numerusform>
            <numerusform>Votre dossier est conservé tant que vous êtes agréé(e) et %n ans après la fin de votre agrément, puis anonymisé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your file is kept while you hold an agrément, then anonymised.</source>
        <translation>Votre dossier est conservé tant que vous êtes agréé(e), puis anonymisé.</translation>
    </message>
    <message>
        <source>Data protection: the %1 (%2) processes your answers to organise childcare and support childminders in their career, as part of its public-service mission (GDPR art. 6-1-e). Only its staff and your relay (RPE) see them; results are published only as statistics, with no figure about fewer than 5 people. Please give no health information in your comments. %3 You may access and correct your data, or object to its processing, by writing to the service%4; you may also lodge a complaint with the CNIL (www.cnil.fr).</source>
        <translation>Protection des données : le service %1 (%2) traite vos réponses pour organiser l&apos;accueil du jeune enfant et accompagner les assistant(e)s maternel(le)s dans leur carrière, dans le cadre de sa mission de service public (RGPD, art. 6-1-e). Seuls ses agents et votre relais (RPE) y ont accès ; les résultats ne sont publiés que sous forme de statistiques, sans chiffre portant sur moins de 5 personnes. Ne donnez aucune information de santé dans vos commentaires. %3 Vous pouvez accéder à vos données, les faire rectifier ou vous opposer à leur traitement en écrivant au service%4 ; vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr).</translation>
    </message>
</context>
<context>
    <name>SurveyResponse</name>
    <message>
        <source>Typed by staff</source>
        <translation>Saisie par l&apos;équipe</translation>
    </message>
    <message>
        <source>Online questionnaire</source>
        <translation>Questionnaire en ligne</translation>
    </message>
</context>
<context>
    <name>SurveySummaryService</name>
    <message>
        <source>No RPE</source>
        <translation>Sans RPE</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[nom]</translation>
    </message>
    <message>
        <source>There is no survey campaign for %1. Check the year, or create the campaign first.</source>
        <translation>Il n&apos;y a pas de campagne d&apos;enquête pour %1. Vérifiez l&apos;année ou créez d&apos;abord la campagne.</translation>
    </message>
    <message>
        <source>There is no RPE number %1. Check the number in the list of RPEs.</source>
        <translation>Il n&apos;y a pas de RPE numéro %1. Vérifiez le numéro dans la liste des RPE.</translation>
    </message>
    <message>
        <source>The summary could not be computed: %1</source>
        <translation>La synthèse n&apos;a pas pu être calculée : %1</translation>
    </message>
    <message>
        <source>The campaign&apos;s questionnaire is missing from the database.</source>
        <translation>Le questionnaire de la campagne est absent de la base de données.</translation>
    </message>
    <message>
        <source>All RPEs</source>
        <translation>Tous les RPE</translation>
    </message>
</context>
<context>
    <name>TimelineEntry</name>
    <message>
        <source>Agrément</source>
        <translation>Agrément</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Collective activity</source>
        <translation>Activité collective</translation>
    </message>
    <message>
        <source>Immersion</source>
        <translation>Immersion</translation>
    </message>
    <message>
        <source>Before the agrément</source>
        <translation>Avant l&apos;agrément</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>First agrément</source>
        <translation>Premier agrément</translation>
    </message>
    <message>
        <source>Agrément renewed</source>
        <translation>Agrément renouvelé</translation>
    </message>
    <message>
        <source>Change of place of practice</source>
        <translation>Changement de lieu d&apos;exercice</translation>
    </message>
    <message>
        <source>Joined a MAM</source>
        <translation>Entrée en MAM</translation>
    </message>
    <message>
        <source>Left a MAM</source>
        <translation>Sortie de MAM</translation>
    </message>
    <message>
        <source>Qualification obtained</source>
        <translation>Qualification obtenue</translation>
    </message>
    <message>
        <source>VAE step</source>
        <translation>Étape de VAE</translation>
    </message>
    <message>
        <source>Professional review</source>
        <translation>Entretien professionnel</translation>
    </message>
    <message>
        <source>Move to collective childcare</source>
        <translation>Passage en accueil collectif</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>Reconversion</translation>
    </message>
    <message>
        <source>Stopped working</source>
        <translation>Cessation d&apos;activité</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé(e)</translation>
    </message>
    <message>
        <source>Information meeting</source>
        <translation>Réunion d&apos;information</translation>
    </message>
    <message>
        <source>Immersion or work placement</source>
        <translation>Immersion ou stage</translation>
    </message>
    <message>
        <source>Agrément application filed</source>
        <translation>Dossier d&apos;agrément déposé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Agréé(e)</translation>
    </message>
    <message>
        <source>First child received</source>
        <translation>Premier accueil</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Agrément granted</source>
        <translation>Agrément accordé</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place(s)</numerusform>
            <numerusform>%n place(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual survey %1 answered</source>
        <translation>Réponse à l&apos;enquête annuelle %1</translation>
    </message>
    <message>
        <source>Immersion (PMSMP)</source>
        <translation>Immersion (PMSMP)</translation>
    </message>
    <message>
        <source>Immersion (PMSMP) at %1</source>
        <translation>Immersion (PMSMP) chez %1</translation>
    </message>
</context>
<context>
    <name>TrainingKind</name>
    <message>
        <source>Initial training, block 1</source>
        <translation>Formation initiale, bloc 1</translation>
    </message>
    <message>
        <source>Initial training, block 2</source>
        <translation>Formation initiale, bloc 2</translation>
    </message>
    <message>
        <source>Initial training, block 3</source>
        <translation>Formation initiale, bloc 3</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Premiers secours</translation>
    </message>
    <message>
        <source>Initial training, second part (40 h)</source>
        <translation>Formation initiale, seconde partie (40 h)</translation>
    </message>
    <message>
        <source>Continuing training</source>
        <translation>Formation continue</translation>
    </message>
    <message>
        <source>CAP AEPE preparation</source>
        <translation>Préparation au CAP AEPE</translation>
    </message>
    <message>
        <source>VAE support</source>
        <translation>Accompagnement VAE</translation>
    </message>
    <message>
        <source>Practice-review group</source>
        <translation>Groupe d&apos;analyse de la pratique</translation>
    </message>
    <message>
        <source>Immersion (PMSMP)</source>
        <translation>Immersion (PMSMP)</translation>
    </message>
    <message>
        <source>Information meeting</source>
        <translation>Réunion d&apos;information</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Give the course a title.</source>
        <translation>Saisissez l&apos;intitulé de la formation.</translation>
    </message>
    <message>
        <source>The course length is in hours, from 0 to 2,000.</source>
        <translation>La durée de la formation est en heures, de 0 à 2 000.</translation>
    </message>
    <message>
        <source>This organisation is not in the partners directory as a training organisation: choose another one.</source>
        <translation>Cet organisme ne figure pas dans l&apos;annuaire des partenaires comme organisme de formation : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose the course this session belongs to.</source>
        <translation>Choisissez la formation de cette session.</translation>
    </message>
    <message>
        <source>Enter the first day of the session (dd/mm/yyyy).</source>
        <translation>Saisissez le premier jour de la session (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>Enter the last day of the session (dd/mm/yyyy).</source>
        <translation>Saisissez le dernier jour de la session (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>The session cannot end before it starts: check the dates.</source>
        <translation>La session ne peut pas finir avant de commencer : vérifiez les dates.</translation>
    </message>
    <message>
        <source>Enter the session&apos;s length in hours (more than 0).</source>
        <translation>Saisissez la durée de la session en heures (plus de 0).</translation>
    </message>
    <message>
        <source>The number of places cannot be negative (0: no limit).</source>
        <translation>Le nombre de places ne peut pas être négatif (0 : sans limite).</translation>
    </message>
    <message>
        <source>This course no longer exists: choose another one.</source>
        <translation>Cette formation n&apos;existe plus : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This relay no longer exists: choose another one.</source>
        <translation>Ce relais n&apos;existe plus : choisissez-en un autre.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already hold a place in this session: the capacity cannot be lower.</source>
        <translation>
            <numerusform>%n personne occupe déjà une place dans cette session : le nombre de places ne peut pas être inférieur.</numerusform>
            <numerusform>%n personnes occupent déjà une place dans cette session : le nombre de places ne peut pas être inférieur.</numerusform>
        </translation>
    </message>
    <message>
        <source>This change of status is not possible from the current one: see the statuses offered.</source>
        <translation>Ce changement de statut n&apos;est pas possible depuis le statut actuel : voyez les statuts proposés.</translation>
    </message>
    <message>
        <source>Say why the enrolment is cancelled or was dropped.</source>
        <translation>Indiquez pourquoi l&apos;inscription est annulée ou abandonnée.</translation>
    </message>
    <message>
        <source>The hours done must be between 0 and the session&apos;s %1 h.</source>
        <translation>Les heures effectuées doivent être comprises entre 0 et les %1 h de la session.</translation>
    </message>
    <message numerus="yes">
        <source>The session is full (%n place(s)): record a wish instead, or raise the capacity.</source>
        <translation>
            <numerusform>La session est complète (%n place) : enregistrez plutôt un souhait, ou augmentez le nombre de places.</numerusform>
            <numerusform>La session est complète (%n places) : enregistrez plutôt un souhait, ou augmentez le nombre de places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the childminder to enrol.</source>
        <translation>Choisissez l&apos;assistant(e) maternel(le) à inscrire.</translation>
    </message>
    <message>
        <source>Choose the prospect to enrol.</source>
        <translation>Choisissez la personne intéressée à inscrire.</translation>
    </message>
    <message>
        <source>This session no longer exists: reload the list.</source>
        <translation>Cette session n&apos;existe plus : rechargez la liste.</translation>
    </message>
    <message>
        <source>She is already on this session&apos;s list: change her status there instead.</source>
        <translation>La personne figure déjà sur la liste de cette session : changez plutôt son statut.</translation>
    </message>
    <message>
        <source>This enrolment no longer exists: reload the session.</source>
        <translation>Cette inscription n&apos;existe plus : rechargez la session.</translation>
    </message>
    <message>
        <source>The session has not started yet (%1): record her attendance once it has taken place.</source>
        <translation>La session n&apos;a pas encore commencé (%1) : enregistrez la présence une fois la session passée.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>This user account no longer exists. Refresh the list.</source>
        <translation>Ce compte utilisateur n’existe plus. Actualisez la liste.</translation>
    </message>
    <message>
        <source>There is no user « %1 ».</source>
        <translation>Il n’y a pas d’utilisateur « %1 ».</translation>
    </message>
    <message>
        <source>The login « %1 » is already taken: choose another one.</source>
        <translation>L’identifiant « %1 » est déjà pris : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 is the last active coordinator: give another account the coordinator role first.</source>
        <translation>%1 est le dernier compte coordinateur actif : donnez d’abord le rôle de coordinateur à un autre compte.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account: ask another coordinator.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte : demandez à un autre coordinateur ou une autre coordinatrice.</translation>
    </message>
    <message>
        <source>%1 is the last active coordinator and cannot be deactivated.</source>
        <translation>%1 est le dernier compte coordinateur actif et ne peut pas être désactivé.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Follow-up of licensed childminders.</source>
        <translation>Suivi des assistant(e)s maternel(le)s agréé(e)s.</translation>
    </message>
    <message>
        <source>Use the database file PATH.</source>
        <translation>Utilise le fichier de base de données CHEMIN.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
</context>
<context>
    <name>parcours-cli</name>
    <message>
        <source>demo --size N [--seed S]      fill a new database with demo data</source>
        <translation>demo --size N [--seed S]         remplit une nouvelle base avec des données de démonstration</translation>
    </message>
    <message>
        <source>import pmi FILE [--dry-run]   import a PMI list (CSV)</source>
        <translation>import pmi FICHIER [--dry-run]   importe une liste de la PMI (CSV)</translation>
    </message>
    <message>
        <source>export childminders --format csv|json [--out FILE]   export the register</source>
        <translation>export childminders --format csv|json [--out FICHIER]   exporte le registre</translation>
    </message>
    <message>
        <source>show ID                       one childminder&apos;s file</source>
        <translation>show ID                          affiche le dossier d&apos;un(e) assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>alerts [--within-months N]    current alerts</source>
        <translation>alerts [--within-months N]       affiche les alertes en cours</translation>
    </message>
    <message>
        <source>search TEXT                   search the register</source>
        <translation>search TEXTE                     recherche dans le registre</translation>
    </message>
    <message>
        <source>Number of childminders (default 1100).</source>
        <translation>Nombre d&apos;assistant(e)s maternel(le)s (1 100 par défaut).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation>Graine aléatoire : la même graine produit les mêmes données (1 par défaut).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli demo --size N [--seed S] (N from 1 to 1,000,000).</source>
        <translation>Utilisation : parcours-cli demo --size N [--seed S] (N de 1 à 1 000 000).</translation>
    </message>
    <message>
        <source>The database %1 already holds data: demo data goes into a new database (use --db with a new file name).</source>
        <translation>La base de données %1 contient déjà des données : les données de démonstration vont dans une nouvelle base (utilisez --db avec un nouveau nom de fichier).</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 childminders, %3 relays, %4 MAMs, %5 agréments.</source>
        <translation>Données de démonstration écrites dans %1 : %2 assistant(e)s maternel(le)s, %3 relais, %4 MAM, %5 agréments.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv ou json.</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Fichier de sortie (par défaut : sortie standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Usage: parcours-cli export childminders --format csv|json [--out FILE]</source>
        <translation>Utilisation : parcours-cli export childminders --format csv|json [--out FICHIER]</translation>
    </message>
    <message numerus="yes">
        <source>%n childminder(s) exported to %1.</source>
        <translation>
            <numerusform>%n assistant(e) maternel(le) exporté(e) dans %1.</numerusform>
            <numerusform>%n assistant(e)s maternel(le)s exporté(e)s dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Check the file and report, without changing the database.</source>
        <translation>Vérifie le fichier et produit un rapport, sans modifier la base de données.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli import pmi FILE [--dry-run] [--json]</source>
        <translation>Utilisation : parcours-cli import pmi FICHIER [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check its name and folder.</source>
        <translation>Le fichier %1 n&apos;existe pas. Vérifiez son nom et son dossier.</translation>
    </message>
    <message>
        <source>Columns ignored (not recognised): %1</source>
        <translation>Colonnes ignorées (non reconnues) : %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Import done.</source>
        <translation>Import terminé.</translation>
    </message>
    <message>
        <source>Created: %1, updated: %2, unchanged: %3, absent from the list: %4, rejected: %5</source>
        <translation>Créés : %1, mis à jour : %2, inchangés : %3, absents de la liste : %4, rejetés : %5</translation>
    </message>
    <message>
        <source>Line %1 rejected: %2</source>
        <translation>Ligne %1 rejetée : %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Fichier de base de données (par défaut : %1).</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Sortie au format JSON, lisible par un programme.</translation>
    </message>
    <message>
        <source>Log progress on stderr.</source>
        <translation>Affiche la progression sur la sortie d&apos;erreur (stderr).</translation>
    </message>
    <message>
        <source>init takes no argument.</source>
        <translation>init ne prend aucun argument.</translation>
    </message>
    <message>
        <source>The database %1 already exists; it is up to date.</source>
        <translation>La base de données %1 existe déjà ; elle est à jour.</translation>
    </message>
    <message>
        <source>Database created: %1</source>
        <translation>Base de données créée : %1</translation>
    </message>
    <message>
        <source>Usage: parcours-cli show ID (a number, as listed by search).</source>
        <translation>Utilisation : parcours-cli show ID (un numéro, tel qu&apos;affiché par search).</translation>
    </message>
    <message>
        <source>No childminder has the number %1.</source>
        <translation>Aucun dossier ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>Address: %1, %2 %3</source>
        <translation>Adresse : %1, %2 %3</translation>
    </message>
    <message>
        <source>Phone: %1   Email: %2</source>
        <translation>Téléphone : %1   Courriel : %2</translation>
    </message>
    <message>
        <source>Relay: %1</source>
        <translation>Relais : %1</translation>
    </message>
    <message>
        <source>Agréments ending within N months (default: setting, 6).</source>
        <translation>Agréments arrivant à échéance dans les N mois (par défaut : valeur du paramètre, 6).</translation>
    </message>
    <message>
        <source>--within-months takes a number of months between 0 and 120.</source>
        <translation>--within-months attend un nombre de mois compris entre 0 et 120.</translation>
    </message>
    <message>
        <source>alerts takes no argument.</source>
        <translation>alerts ne prend aucun argument.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s).</source>
        <translation>
            <numerusform>%n alerte.</numerusform>
            <numerusform>%n alertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>N résultats au maximum (50 par défaut).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli search TEXT (a name, a commune or an approval number).</source>
        <translation>Utilisation : parcours-cli search TEXTE (un nom, une commune ou un numéro d&apos;agrément).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agrément %1: %2 → %3, %4, %5</source>
        <translation>Agrément %1 : %2 → %3, %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>contact log ID --staff NAME [--channel C] [--outcome O]   record an exchange</source>
        <translation>contact log ID --staff NOM [--channel C] [--outcome O]   enregistre un échange</translation>
    </message>
    <message>
        <source>coverage [--year YEAR] [--by relay|staff]   annual contact</source>
        <translation>coverage [--year ANNÉE] [--by relay|staff]   affiche le contact annuel</translation>
    </message>
    <message>
        <source>not-reached [--year YEAR] [--rpe ID]   not contacted this year</source>
        <translation>not-reached [--year ANNÉE] [--rpe ID]   liste les personnes non jointes cette année</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>Canal : %1.</translation>
    </message>
    <message>
        <source>Outcome: %1.</source>
        <translation>Issue : %1.</translation>
    </message>
    <message>
        <source>Who had the exchange.</source>
        <translation>Qui a eu l&apos;échange.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>When (yyyy-MM-ddTHH:mm, default: now).</source>
        <translation>Quand (aaaa-MM-jjTHH:mm, par défaut : maintenant).</translation>
    </message>
    <message>
        <source>She called or wrote (default: outgoing).</source>
        <translation>La personne a appelé ou écrit (par défaut : sortant).</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <translation>Minutes.</translation>
    </message>
    <message>
        <source>Comma-separated: %1.</source>
        <translation>Séparés par des virgules : %1.</translation>
    </message>
    <message>
        <source>Notes (no health information).</source>
        <translation>Notes (aucune information de santé).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Action to do next.</source>
        <translation>Action à mener ensuite.</translation>
    </message>
    <message>
        <source>Due date of the follow-up (dd/MM/yyyy).</source>
        <translation>Échéance de la suite à donner (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>Who does the follow-up.</source>
        <translation>Qui s&apos;occupe de la suite à donner.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli contact log ID --staff NAME [--channel C] [--outcome O] [--at yyyy-MM-ddTHH:mm] [--topics a,b] [--notes TEXT] [--follow-up TEXT --due dd/MM/yyyy --assignee NAME] (see --help for the accepted values).</source>
        <translation>Utilisation : parcours-cli contact log ID --staff NOM [--channel C] [--outcome O] [--at aaaa-MM-jjTHH:mm] [--topics a,b] [--notes TEXTE] [--follow-up TEXTE --due jj/mm/aaaa --assignee NOM] (voir --help pour les valeurs acceptées).</translation>
    </message>
    <message>
        <source>Exchange recorded (n° %1).</source>
        <translation>Échange enregistré (n° %1).</translation>
    </message>
    <message>
        <source>Year (default: this year).</source>
        <translation>Année (par défaut : l&apos;année en cours).</translation>
    </message>
    <message>
        <source>Break down by relay or staff.</source>
        <translation>Détailler par relais ou par intervenant(e).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli coverage [--year YEAR] [--by relay|staff]</source>
        <translation>Utilisation : parcours-cli coverage [--year ANNÉE] [--by relay|staff]</translation>
    </message>
    <message>
        <source>%1: %2 reached of %3 (%4 %)</source>
        <translation>%1 : %2 jointe(s) sur %3 (%4 %)</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Without an exchange for 12 months: %1</source>
        <translation>Sans échange depuis 12 mois : %1</translation>
    </message>
    <message>
        <source>Only this relay (id).</source>
        <translation>Seulement ce relais (id).</translation>
    </message>
    <message>
        <source>At most N people (default 100).</source>
        <translation>Au plus N personnes (100 par défaut).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli not-reached [--year YEAR] [--rpe ID] [--limit N]</source>
        <translation>Utilisation : parcours-cli not-reached [--year ANNÉE] [--rpe ID] [--limit N]</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) in the contact log.</source>
        <translation>
            <numerusform>%n échange dans le journal des contacts.</numerusform>
            <numerusform>%n échanges dans le journal des contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>survey import-lss FILE        store a LimeSurvey questionnaire (.lss)</source>
        <translation>survey import-lss FICHIER     enregistre un questionnaire LimeSurvey (.lss)</translation>
    </message>
    <message>
        <source>survey import-responses FILE --campaign YEAR [--token-column NAME] [--dry-run] [--replace]   import LimeSurvey responses</source>
        <translation>survey import-responses FICHIER --campaign ANNÉE [--token-column NOM] [--dry-run] [--replace]   importe des réponses LimeSurvey</translation>
    </message>
    <message>
        <source>survey create --year YEAR [--questionnaire NAME[:VERSION]] [--rpe ID]...   create a survey campaign</source>
        <translation>survey create --year ANNÉE [--questionnaire NOM[:VERSION]] [--rpe ID]...   crée une campagne d&apos;enquête</translation>
    </message>
    <message>
        <source>survey list                   campaigns and their progress</source>
        <translation>survey list                   affiche les campagnes et leur avancement</translation>
    </message>
    <message>
        <source>survey people --campaign YEAR [--status KEY] [--rpe ID]   a campaign&apos;s call list</source>
        <translation>survey people --campaign ANNÉE [--status CLÉ] [--rpe ID]   affiche la liste d&apos;appels d&apos;une campagne</translation>
    </message>
    <message>
        <source>survey summary --campaign YEAR [--rpe ID] [--free-texts] [--format json|pdf] [--out FILE]   a campaign&apos;s summary</source>
        <translation>survey summary --campaign ANNÉE [--rpe ID] [--free-texts] [--format json|pdf] [--out FICHIER]   produit la synthèse d&apos;une campagne</translation>
    </message>
    <message>
        <source>survey letters --campaign YEAR [--rpe ID] [--status KEY] --out FILE.pdf [--emails FILE.csv]   invitation letters and email list</source>
        <translation>survey letters --campaign ANNÉE [--rpe ID] [--status STATUT] --out FICHIER.pdf [--emails FICHIER.csv]   lettres d’invitation et liste d’adresses e-mail</translation>
    </message>
    <message>
        <source>%1 survey campaign(s) with %2 response(s).</source>
        <translation>%1 campagne(s) d&apos;enquête, %2 réponse(s).</translation>
    </message>
    <message>
        <source>--%1 needs a year such as 2026.</source>
        <translation>--%1 attend une année, par exemple 2026.</translation>
    </message>
    <message>
        <source>There is no %1 campaign. Create it first with &quot;survey create&quot;.</source>
        <translation>Il n’existe pas de campagne %1. Créez-la d’abord avec « survey create ».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Usage: parcours-cli survey import-lss FILE [--json]</source>
        <translation>Utilisation : parcours-cli survey import-lss FICHIER [--json]</translation>
    </message>
    <message>
        <source>Questionnaire &quot;%1&quot; stored as version %2 (questions: %3, sections: %4).</source>
        <translation>Questionnaire « %1 » enregistré en version %2 (questions : %3, sections : %4).</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Non importé :</translation>
    </message>
    <message>
        <source>The campaign&apos;s year.</source>
        <translation>L&apos;année de la campagne.</translation>
    </message>
    <message>
        <source>The column or question code holding the reference codes (default: token).</source>
        <translation>La colonne ou le code de question qui contient les codes de référence (par défaut : token).</translation>
    </message>
    <message>
        <source>Replace the responses staff already typed for these people.</source>
        <translation>Remplacer les réponses déjà saisies par l&apos;équipe pour ces personnes.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli survey import-responses FILE --campaign YEAR [--token-column NAME] [--dry-run] [--replace] [--json]</source>
        <translation>Utilisation : parcours-cli survey import-responses FICHIER --campaign ANNÉE [--token-column NOM] [--dry-run] [--replace] [--json]</translation>
    </message>
    <message>
        <source>New responses: %1, replaced: %2, skipped: %3, rejected: %4, answered twice: %5, follow-ups: %6</source>
        <translation>Nouvelles réponses : %1, remplacées : %2, ignorées : %3, rejetées : %4, réponses en double : %5, suites à donner : %6</translation>
    </message>
    <message>
        <source>Line %1 (%2) rejected: %3</source>
        <translation>Ligne %1 (%2) rejetée : %3</translation>
    </message>
    <message>
        <source>Line %1 (%2) skipped: %3</source>
        <translation>Ligne %1 (%2) ignorée : %3</translation>
    </message>
    <message>
        <source>Line %1 (%2) not taken: %3</source>
        <translation>Ligne %1 (%2) non retenue : %3</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Columns ignored:</source>
        <translation>Colonnes ignorées :</translation>
    </message>
    <message>
        <source>The questionnaire, NAME or NAME:VERSION (default: the latest version of the default questionnaire).</source>
        <translation>Le questionnaire, NOM ou NOM:VERSION (par défaut : la dernière version du questionnaire par défaut).</translation>
    </message>
    <message>
        <source>Only the childminders of this relay (repeatable).</source>
        <translation>Seulement les assistant(e)s maternel(le)s de ce relais (option répétable).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli survey create --year YEAR [--questionnaire NAME[:VERSION]] [--rpe ID]...</source>
        <translation>Utilisation : parcours-cli survey create --year ANNÉE [--questionnaire NOM[:VERSION]] [--rpe ID]...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relay number.</source>
        <translation>« %1 » n&apos;est pas un numéro de relais.</translation>
    </message>
    <message>
        <source>No questionnaire &quot;%1&quot; in version %2. Questionnaires on file: %3.</source>
        <translation>Aucun questionnaire « %1 » en version %2. Questionnaires enregistrés : %3.</translation>
    </message>
    <message>
        <source>No questionnaire &quot;%1&quot;. Questionnaires on file: %2.</source>
        <translation>Aucun questionnaire « %1 ». Questionnaires enregistrés : %2.</translation>
    </message>
    <message>
        <source>%1 campaign created with questionnaire &quot;%2&quot; version %3: %4 people.</source>
        <translation>Campagne %1 créée avec le questionnaire « %2 » version %3 : %4 personnes.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli survey list [--json]</source>
        <translation>Utilisation : parcours-cli survey list [--json]</translation>
    </message>
    <message>
        <source>%1  &quot;%2&quot; v%3  %4 people: %5</source>
        <translation>%1  « %2 » v%3  %4 personnes : %5</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>Aucune campagne pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Only this status: %1.</source>
        <translation>Seulement ce statut : %1.</translation>
    </message>
    <message>
        <source>Only the childminders of this relay.</source>
        <translation>Seulement les assistant(e)s maternel(le)s de ce relais.</translation>
    </message>
    <message>
        <source>Skip the first N lines.</source>
        <translation>Passer les N premières lignes.</translation>
    </message>
    <message>
        <source>At most N lines (default: all).</source>
        <translation>Au plus N lignes (par défaut : toutes).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli survey people --campaign YEAR [--status KEY] [--rpe ID] [--offset N] [--limit N] [--json]</source>
        <translation>Utilisation : parcours-cli survey people --campaign ANNÉE [--status CLÉ] [--rpe ID] [--offset N] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Statut « %1 » inconnu.</translation>
    </message>
    <message>
        <source>--rpe, --offset and --limit need whole numbers.</source>
        <translation>--rpe, --offset et --limit attendent des nombres entiers.</translation>
    </message>
    <message>
        <source>%1 of %2 people.</source>
        <translation>%1 personnes sur %2.</translation>
    </message>
    <message>
        <source>Campaign year.</source>
        <translation>Année de la campagne.</translation>
    </message>
    <message>
        <source>Only this relay.</source>
        <translation>Uniquement ce RPE.</translation>
    </message>
    <message>
        <source>Only people with this status (to_contact, invited, reminded...).</source>
        <translation>Uniquement les personnes ayant ce statut (to_contact, invited, reminded…).</translation>
    </message>
    <message>
        <source>The letters (PDF).</source>
        <translation>Les lettres (PDF).</translation>
    </message>
    <message>
        <source>Also write the list of those with an email (CSV).</source>
        <translation>Écrire aussi la liste des personnes ayant une adresse e-mail (CSV).</translation>
    </message>
    <message>
        <source>Address of the online questionnaire.</source>
        <translation>Adresse du questionnaire en ligne.</translation>
    </message>
    <message>
        <source>Phone number to answer by phone.</source>
        <translation>Numéro de téléphone pour répondre par téléphone.</translation>
    </message>
    <message>
        <source>Place written before the date.</source>
        <translation>Lieu écrit avant la date.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli survey letters --campaign YEAR [--rpe ID] [--status KEY] --out FILE.pdf [--emails FILE.csv] [--url URL] [--phone PHONE] [--city CITY]</source>
        <translation>Utilisation : parcours-cli survey letters --campaign ANNÉE [--rpe ID] [--status STATUT] --out FICHIER.pdf [--emails FICHIER.csv] [--url URL] [--phone TÉLÉPHONE] [--city VILLE]</translation>
    </message>
    <message>
        <source>--campaign needs a year such as 2026.</source>
        <translation>--campaign attend une année, par exemple 2026.</translation>
    </message>
    <message>
        <source>--rpe needs a relay number.</source>
        <translation>--rpe attend un numéro de RPE.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n lettre écrite dans %1.</numerusform>
            <numerusform>%n lettres écrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email address(es) written to %1.</source>
        <translation>
            <numerusform>%n adresse e-mail écrite dans %1.</numerusform>
            <numerusform>%n adresses e-mail écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: parcours-cli survey summary --campaign YEAR [--rpe ID] [--free-texts] [--format json|pdf] [--out FILE]</source>
        <translation>Utilisation : parcours-cli survey summary --campaign ANNÉE [--rpe ID] [--free-texts] [--format json|pdf] [--out FICHIER]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. Check the disk space.</source>
        <translation>L&apos;enregistrement de %1 a échoué : %2. Vérifiez l&apos;espace disque.</translation>
    </message>
    <message>
        <source>Year of the campaign.</source>
        <translation>Année de la campagne.</translation>
    </message>
    <message>
        <source>Include the free-text answers, names removed (they may still reveal health information: check before sharing).</source>
        <translation>Inclure les réponses libres, noms retirés (elles peuvent encore révéler des informations de santé : vérifiez avant de les diffuser).</translation>
    </message>
    <message>
        <source>json or pdf (default: pdf when --out ends in .pdf, json otherwise).</source>
        <translation>json ou pdf (par défaut : pdf quand --out se termine par .pdf, json sinon).</translation>
    </message>
    <message>
        <source>A PDF needs a file name: add --out FILE.pdf.</source>
        <translation>Un PDF a besoin d&apos;un nom de fichier : ajoutez --out FICHIER.pdf.</translation>
    </message>
    <message>
        <source>There is no survey campaign for %1. See the campaigns with &quot;parcours-cli survey list&quot;.</source>
        <translation>Il n&apos;y a pas de campagne d&apos;enquête pour %1. Consultez les campagnes avec « parcours-cli survey list ».</translation>
    </message>
    <message>
        <source>There is no RPE number %1. Check the number in the list of RPEs.</source>
        <translation>Il n&apos;y a pas de RPE numéro %1. Vérifiez le numéro dans la liste des RPE.</translation>
    </message>
    <message>
        <source>This build cannot write PDF files. Use --format json.</source>
        <translation>Cette version ne peut pas écrire de fichiers PDF. Utilisez --format json.</translation>
    </message>
    <message>
        <source>Summary of the %1 survey written to %2.</source>
        <translation>Synthèse de l&apos;enquête %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Career paths: %1 partner, promotion and prospect records, %2 training records, %3 career records, %4 collective activity records.</source>
        <translation>Parcours : %1 fiches partenaires, actions de promotion et prospects, %2 fiches de formation, %3 fiches de parcours, %4 fiches d&apos;activités collectives.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli person export ID --format pdf|json [--out FILE]</source>
        <translation>Utilisation : parcours-cli person export ID --format pdf|json [--out FICHIER]</translation>
    </message>
    <message>
        <source>pdf or json (default: pdf when --out ends in .pdf, json otherwise).</source>
        <translation>pdf ou json (par défaut : pdf quand --out se termine par .pdf, json sinon).</translation>
    </message>
    <message>
        <source>There is no childminder number %1. Find her number with &quot;parcours-cli search NAME&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;assistant(e) maternel(le) numéro %1. Retrouvez son numéro avec « parcours-cli search NOM ».</translation>
    </message>
    <message>
        <source>File of %1 written to %2.</source>
        <translation>Fiche de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>List the isolated childminders of this relay (id; 0: those with no relay).</source>
        <translation>Liste les assistant(e)s maternel(le)s isolé(e)s de ce RPE (numéro ; 0 : les personnes sans RPE).</translation>
    </message>
    <message>
        <source>At most this many people (default 1000).</source>
        <translation>Au plus ce nombre de personnes (1000 par défaut).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli isolation [--rpe ID] [--limit N] [--json]</source>
        <translation>Utilisation : parcours-cli isolation [--rpe ID] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Isolated since %1 (RPE: isolated / active)</source>
        <translation>Isolées depuis le %1 (RPE : isolées / en activité)</translation>
    </message>
    <message>
        <source>No RPE</source>
        <translation>Sans RPE</translation>
    </message>
    <message>
        <source>person export ID --format pdf|json [--out FILE]   a childminder&apos;s file</source>
        <translation>person export ID --format pdf|json [--out FICHIER]   la fiche d&apos;un(e) assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>isolation [--rpe ID] [--limit N] [--json]   the isolation watch, per RPE or for one RPE</source>
        <translation>isolation [--rpe ID] [--limit N] [--json]   la veille isolement, par RPE ou pour un RPE</translation>
    </message>
    <message>
        <source>First contact on or after (dd/MM/yyyy).</source>
        <translation>Premier contact à partir du (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>First contact on or before (dd/MM/yyyy).</source>
        <translation>Premier contact jusqu&apos;au (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>Only one channel: %1.</source>
        <translation>Un seul canal : %1.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli prospects funnel [--from DATE] [--to DATE] [--channel KEY] (dates dd/MM/yyyy or yyyy-MM-dd; channels: %1).</source>
        <translation>Utilisation : parcours-cli prospects funnel [--from DATE] [--to DATE] [--channel CLÉ] (dates jj/mm/aaaa ou aaaa-mm-jj ; canaux : %1).</translation>
    </message>
    <message>
        <source>The period ends before it starts: check --from and --to.</source>
        <translation>La période finit avant de commencer : vérifiez --from et --to.</translation>
    </message>
    <message>
        <source>Prospects: %1, of whom dropped out: %2</source>
        <translation>Prospects : %1, dont abandons : %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 % of the previous stage)</source>
        <translation>%1 : %2 (%3 % de l&apos;étape précédente)</translation>
    </message>
    <message>
        <source>Only one stage: %1.</source>
        <translation>Une seule étape : %1.</translation>
    </message>
    <message>
        <source>Name, commune, email or phone.</source>
        <translation>Nom, commune, e-mail ou téléphone.</translation>
    </message>
    <message>
        <source>At most N prospects (default 1000).</source>
        <translation>Au plus N prospects (1 000 par défaut).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli prospects list [--stage KEY] [--channel KEY] [--search TEXT] [--limit N] (stages: %1).</source>
        <translation>Utilisation : parcours-cli prospects list [--stage CLÉ] [--channel CLÉ] [--search TEXTE] [--limit N] (étapes : %1).</translation>
    </message>
    <message>
        <source>%1 prospect(s) of %2</source>
        <translation>%1 prospect(s) sur %2</translation>
    </message>
    <message>
        <source>Her surname.</source>
        <translation>Nom.</translation>
    </message>
    <message>
        <source>Her first name.</source>
        <translation>Prénom.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Commune.</source>
        <translation>Commune.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Code postal.</translation>
    </message>
    <message>
        <source>How she heard of the job: %1.</source>
        <translation>Comment la personne a connu le métier : %1.</translation>
    </message>
    <message>
        <source>Date of the first contact (default: today).</source>
        <translation>Date du premier contact (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli prospects add --last-name NAME --first-name NAME [--phone P] [--email E] [--commune C] [--postal-code CODE] [--channel KEY] [--first-contact DATE] (channels: %1).</source>
        <translation>Utilisation : parcours-cli prospects add --last-name NOM --first-name NOM [--phone P] [--email E] [--commune C] [--postal-code CODE] [--channel CLÉ] [--first-contact DATE] (canaux : %1).</translation>
    </message>
    <message>
        <source>Prospect recorded (n° %1).</source>
        <translation>Prospect enregistré (n° %1).</translation>
    </message>
    <message>
        <source>The stage she reached: %1 (default: the next one).</source>
        <translation>L&apos;étape atteinte : %1 (par défaut : la suivante).</translation>
    </message>
    <message>
        <source>When (default: today).</source>
        <translation>Quand (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Why she dropped out (stage dropped).</source>
        <translation>Motif de l&apos;abandon (étape dropped).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli prospects advance ID [--stage KEY] [--date DATE] [--reason TEXT] (stages: %1).</source>
        <translation>Utilisation : parcours-cli prospects advance ID [--stage CLÉ] [--date DATE] [--reason TEXTE] (étapes : %1).</translation>
    </message>
    <message>
        <source>Stage recorded: %1.</source>
        <translation>Étape enregistrée : %1.</translation>
    </message>
    <message>
        <source>prospects funnel [--from DATE] [--to DATE] [--channel KEY]   the prospect funnel with conversion rates</source>
        <translation>prospects funnel [--from DATE] [--to DATE] [--channel CLÉ]   affiche l&apos;entonnoir des prospects avec les taux de conversion</translation>
    </message>
    <message>
        <source>prospects list [--stage KEY] [--channel KEY] [--search TEXT]   prospects by name</source>
        <translation>prospects list [--stage CLÉ] [--channel CLÉ] [--search TEXTE]   liste les prospects par nom</translation>
    </message>
    <message>
        <source>prospects add --last-name NAME --first-name NAME [--channel KEY]   record a prospect</source>
        <translation>prospects add --last-name NOM --first-name NOM [--channel CLÉ]   enregistre un prospect</translation>
    </message>
    <message>
        <source>prospects advance ID [--stage KEY] [--date DATE]   record the stage a prospect reached</source>
        <translation>prospects advance ID [--stage CLÉ] [--date DATE]   enregistre l&apos;étape atteinte par un prospect</translation>
    </message>
    <message>
        <source>Sessions ending on or after this date.</source>
        <translation>Sessions qui finissent à cette date ou après.</translation>
    </message>
    <message>
        <source>Sessions starting on or before this date.</source>
        <translation>Sessions qui commencent à cette date ou avant.</translation>
    </message>
    <message>
        <source>Kind: %1.</source>
        <translation>Type : %1.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli training list [--from DATE] [--to DATE] [--kind KEY] [--json] (dates as dd/mm/yyyy or yyyy-mm-dd; kinds: %1).</source>
        <translation>Utilisation : parcours-cli training list [--from DATE] [--to DATE] [--kind CLÉ] [--json] (dates au format jj/mm/aaaa ou aaaa-mm-jj ; types : %1).</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>%1 place(s) left of %2</source>
        <translation>%1 place(s) restante(s) sur %2</translation>
    </message>
    <message>
        <source>wish or enrolled (default: enrolled).</source>
        <translation>wish (souhait) ou enrolled (inscrit(e)) ; par défaut : enrolled.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli training enrol SESSION_ID PERSON_ID [--status wish|enrolled].</source>
        <translation>Utilisation : parcours-cli training enrol ID_SESSION ID_PERSONNE [--status wish|enrolled].</translation>
    </message>
    <message>
        <source>Enrolment recorded (n° %1): %2.</source>
        <translation>Inscription enregistrée (n° %1) : %2.</translation>
    </message>
    <message>
        <source>Hours done (default: the session&apos;s hours).</source>
        <translation>Heures effectuées (par défaut : la durée de la session).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli training attend SESSION_ID PERSON_ID [--hours H].</source>
        <translation>Utilisation : parcours-cli training attend ID_SESSION ID_PERSONNE [--hours H].</translation>
    </message>
    <message>
        <source>Childminder %1 is not on the list of session %2: enrol her first (training enrol %2 %1).</source>
        <translation>L&apos;assistant(e) maternel(le) %1 n&apos;est pas inscrit(e) à la session %2 : inscrivez-la d&apos;abord (training enrol %2 %1).</translation>
    </message>
    <message>
        <source>Attendance recorded: %1 h.</source>
        <translation>Présence enregistrée : %1 h.</translation>
    </message>
    <message>
        <source>training list [--from DATE] [--to DATE] [--kind KEY]   sessions and places left</source>
        <translation>training list [--from DATE] [--to DATE] [--kind CLÉ]   affiche les sessions et les places restantes</translation>
    </message>
    <message>
        <source>training enrol SESSION_ID PERSON_ID [--status wish|enrolled]   enrol a childminder</source>
        <translation>training enrol ID_SESSION ID_PERSONNE [--status wish|enrolled]   inscrit un(e) assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>training attend SESSION_ID PERSON_ID [--hours H]   record her attendance</source>
        <translation>training attend ID_SESSION ID_PERSONNE [--hours H]   enregistre la présence</translation>
    </message>
    <message>
        <source>Usage: parcours-cli audit verify [--json]</source>
        <translation>Usage : parcours-cli audit verify [--json]</translation>
    </message>
    <message>
        <source>Keep this file for investigation and restore the latest backup whose audit trail verifies.</source>
        <translation>Conservez ce fichier pour l’enquête et restaurez la dernière sauvegarde dont le journal d’audit est intact.</translation>
    </message>
    <message>
        <source>Only what concerns this childminder.</source>
        <translation>Seulement ce qui concerne cette assistante maternelle.</translation>
    </message>
    <message>
        <source>Only this action (create, update, delete, read, export, purge...).</source>
        <translation>Seulement cette action (create, update, delete, read, export, purge…).</translation>
    </message>
    <message>
        <source>Only rows from this date on.</source>
        <translation>Seulement les lignes à partir de cette date.</translation>
    </message>
    <message>
        <source>At most this many rows, newest first (100).</source>
        <translation>Au plus ce nombre de lignes, les plus récentes d’abord (100).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli audit list [--person ID] [--by LOGIN] [--action ACTION] [--since DATE] [--limit N] [--json] (dates as dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>Usage : parcours-cli audit list [--person ID] [--by LOGIN] [--action ACTION] [--since DATE] [--limit N] [--json] (dates au format jj/mm/aaaa ou aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>(values removed by an anonymisation)</source>
        <translation>(valeurs supprimées par une anonymisation)</translation>
    </message>
    <message>
        <source>Only this user&apos;s rows.</source>
        <translation>Seulement les lignes de cet utilisateur.</translation>
    </message>
    <message>
        <source>Count the rows a purge would delete, delete nothing.</source>
        <translation>Compte les lignes qu’une purge supprimerait, sans rien supprimer.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli audit purge [--dry-run]</source>
        <translation>Usage : parcours-cli audit purge [--dry-run]</translation>
    </message>
    <message>
        <source>The audit retention period is 0 (keep for ever): nothing to purge.</source>
        <translation>La durée de conservation du journal d’audit est 0 (conservation illimitée) : rien à purger.</translation>
    </message>
    <message>
        <source>%1 audit row(s) older than %2 would be purged.</source>
        <translation>%1 ligne(s) du journal d’audit antérieure(s) au %2 seraient purgée(s).</translation>
    </message>
    <message>
        <source>%1 audit row(s) older than %2 purged; the purge is recorded in the trail.</source>
        <translation>%1 ligne(s) du journal d’audit antérieure(s) au %2 purgée(s) ; la purge est enregistrée dans le journal.</translation>
    </message>
    <message>
        <source>audit verify [--json]: checks the audit trail&apos;s hash chain (exit 0 intact, 2 broken).</source>
        <translation>audit verify [--json] : vérifie la chaîne d’empreintes du journal d’audit (code de sortie 0 si intacte, 2 si rompue).</translation>
    </message>
    <message>
        <source>audit list [--person ID] [--by LOGIN] [--action ACTION] [--since DATE] [--limit N] [--json]: the audit trail, newest first.</source>
        <translation>audit list [--person ID] [--by LOGIN] [--action ACTION] [--since DATE] [--limit N] [--json] : le journal d’audit, les lignes les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>audit purge [--dry-run]: deletes the audit rows older than the retention period (a rule setting).</source>
        <translation>audit purge [--dry-run] : supprime les lignes du journal d’audit plus anciennes que la durée de conservation (un paramètre des règles).</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Phrase de passe de la sauvegarde : </translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Phrase de passe à nouveau : </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>No passphrase: set PARCOURS_BACKUP_PASSPHRASE or run the command in a terminal.</source>
        <translation>Pas de phrase de passe : définissez PARCOURS_BACKUP_PASSPHRASE ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the backup folder.</source>
        <translation>Écrire la sauvegarde dans ce fichier plutôt que dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Encrypt the backup (passphrase from PARCOURS_BACKUP_PASSPHRASE or asked).</source>
        <translation>Chiffrer la sauvegarde (phrase de passe lue dans PARCOURS_BACKUP_PASSPHRASE ou demandée).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli backup create [--out FILE] [--encrypt]</source>
        <translation>Usage : parcours-cli backup create [--out FICHIER] [--encrypt]</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Sauvegarde écrite et contrôlée : %1</translation>
    </message>
    <message>
        <source>Usage: parcours-cli backup list</source>
        <translation>Usage : parcours-cli backup list</translation>
    </message>
    <message>
        <source>No backup in %1.</source>
        <translation>Aucune sauvegarde dans %1.</translation>
    </message>
    <message>
        <source>  (encrypted)</source>
        <translation>  (chiffrée)</translation>
    </message>
    <message>
        <source>Usage: parcours-cli backup verify FILE</source>
        <translation>Usage : parcours-cli backup verify FICHIER</translation>
    </message>
    <message>
        <source>The backup %1 is sound.</source>
        <translation>La sauvegarde %1 est saine.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli backup restore FILE</source>
        <translation>Usage : parcours-cli backup restore FICHIER</translation>
    </message>
    <message>
        <source>Backup restored. The previous database is kept as %1.</source>
        <translation>Sauvegarde restaurée. L’ancienne base est conservée sous le nom %1.</translation>
    </message>
    <message>
        <source>backup create [--out FILE] [--encrypt]   back up the database (a checked copy)</source>
        <translation>backup create [--out FICHIER] [--encrypt]   sauvegarder la base (copie contrôlée)</translation>
    </message>
    <message>
        <source>backup list   the backups of the database</source>
        <translation>backup list   les sauvegardes de la base</translation>
    </message>
    <message>
        <source>backup verify FILE   check that a backup can be restored</source>
        <translation>backup verify FICHIER   vérifier qu’une sauvegarde peut être restaurée</translation>
    </message>
    <message>
        <source>backup restore FILE   restore a backup (verified first, the current database kept aside)</source>
        <translation>backup restore FICHIER   restaurer une sauvegarde (vérifiée d’abord, la base actuelle mise de côté)</translation>
    </message>
    <message>
        <source>init [--user NAME]            create a database (and its first coordinator)</source>
        <translation>init [--user NOM]             créer une base (et son premier coordinateur)</translation>
    </message>
    <message>
        <source>This database has no user account yet: create the first coordinator with &quot;parcours-cli --db FILE init --user NAME&quot;.</source>
        <translation>Cette base n’a encore aucun compte utilisateur : créez le premier coordinateur avec « parcours-cli --db FICHIER init --user NOM ».</translation>
    </message>
    <message>
        <source>Sign in first: add --user NAME, with the password in PARCOURS_PASSWORD or typed when asked.</source>
        <translation>Connectez-vous d’abord : ajoutez --user NOM, avec le mot de passe dans PARCOURS_PASSWORD ou saisi à la demande.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>No password for %1: set PARCOURS_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Aucun mot de passe pour %1 : définissez PARCOURS_PASSWORD, ou lancez la commande dans un terminal pour le saisir.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <source>No new password: set %1, or run the command in a terminal to type it.</source>
        <translation>Aucun nouveau mot de passe : définissez %1, ou lancez la commande dans un terminal pour le saisir.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe, à nouveau : </translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed. Run the command again.</source>
        <translation>Les deux mots de passe diffèrent : rien n’a été changé. Relancez la commande.</translation>
    </message>
    <message>
        <source>Accounts (login / password):
%1</source>
        <translation>Comptes (identifiant / mot de passe) :
%1</translation>
    </message>
    <message>
        <source>Usage: parcours-cli [--db FILE] [--user NAME] [--json] COMMAND [options]

Every command but init and demo signs in: --user NAME, with the password in PARCOURS_PASSWORD or typed when asked.

Commands:</source>
        <translation>Usage : parcours-cli [--db FICHIER] [--user NOM] [--json] COMMANDE [options]

Toutes les commandes sauf init et demo se connectent : --user NOM, avec le mot de passe dans PARCOURS_PASSWORD ou saisi à la demande.

Commandes :</translation>
    </message>
    <message>
        <source>

Exit codes: 0 success, 1 usage error, 2 bad input, 3 database error, 4 access denied.</source>
        <translation>

Codes de sortie : 0 succès, 1 erreur d’utilisation, 2 données refusées, 3 erreur de base de données, 4 accès refusé.</translation>
    </message>
    <message>
        <source>Sign in as NAME (password: PARCOURS_PASSWORD, or typed when asked).</source>
        <translation>Se connecter en tant que NOM (mot de passe : PARCOURS_PASSWORD, ou saisi à la demande).</translation>
    </message>
    <message>
        <source>
A new demo database gets one account per role (login / password):
%1
</source>
        <translation>
Une nouvelle base de démonstration reçoit un compte par rôle (identifiant / mot de passe) :
%1
</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (scripts).</source>
        <translation>Ne pas demander de confirmation (scripts).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli anonymise ID [--yes]</source>
        <translation>Utilisation : parcours-cli anonymise ID [--yes]</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm:</source>
        <translation>Tapez « %1 » pour confirmer :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Childminder %1 anonymised.</source>
        <translation>Assistant(e) maternel(le) n° %1 anonymisé(e).</translation>
    </message>
    <message>
        <source>Only list what the rules make due.</source>
        <translation>Lister seulement ce que les règles rendent exigible.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli retention run [--dry-run] [--json]</source>
        <translation>Utilisation : parcours-cli retention run [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Childminders: %1</source>
        <translation>Assistant(e)s maternel(le)s : %1</translation>
    </message>
    <message>
        <source>Prospects: %1</source>
        <translation>Prospects : %1</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contacts : %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Retention applied: %1 anonymised, %2 prospects deleted, %3 contact notes emptied.</source>
        <translation>Règles de conservation appliquées : %1 anonymisation(s), %2 prospect(s) supprimé(s), %3 note(s) de contact vidée(s).</translation>
    </message>
    <message>
        <source>anonymise ID [--yes]   remove a childminder&apos;s personal data for good (coordinator)</source>
        <translation>anonymise ID [--yes]   efface définitivement les données personnelles d&apos;un(e) AM (coordinateur)</translation>
    </message>
    <message>
        <source>retention run [--dry-run] [--json]   apply the retention rules (coordinator)</source>
        <translation>retention run [--dry-run] [--json]   applique les règles de conservation (coordinateur)</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>Rôle « %1 » inconnu : utilisez %2.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli users list</source>
        <translation>Usage : parcours-cli users list</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>The role: %1.</source>
        <translation>Le rôle : %1.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>The name shown in the window title.</source>
        <translation>Le nom affiché dans le titre de la fenêtre.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli users add LOGIN --role %1 [--name &quot;…&quot;]</source>
        <translation>Usage : parcours-cli users add IDENTIFIANT --role %1 [--name &quot;…&quot;]</translation>
    </message>
    <message>
        <source>Account %1 created (%2).</source>
        <translation>Compte %1 créé (%2).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli users role LOGIN %1</source>
        <translation>Usage : parcours-cli users role IDENTIFIANT %1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a maintenant le rôle %2.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli users unlock LOGIN</source>
        <translation>Usage : parcours-cli users unlock IDENTIFIANT</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Compte %1 déverrouillé.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli users deactivate LOGIN</source>
        <translation>Usage : parcours-cli users deactivate IDENTIFIANT</translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation>Compte %1 désactivé.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli users reset-password LOGIN</source>
        <translation>Usage : parcours-cli users reset-password IDENTIFIANT</translation>
    </message>
    <message>
        <source>Password of %1 reset; the account is unlocked.</source>
        <translation>Mot de passe de %1 réinitialisé ; le compte est déverrouillé.</translation>
    </message>
    <message>
        <source>Usage: parcours-cli --user NAME passwd</source>
        <translation>Usage : parcours-cli --user NOM passwd</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>This database already has user accounts: --user is ignored. A coordinator adds new accounts with &quot;users add&quot;.</source>
        <translation>Cette base a déjà des comptes utilisateurs : --user est ignoré. Un coordinateur ou une coordinatrice ajoute des comptes avec « users add ».</translation>
    </message>
    <message>
        <source>This password is refused:</source>
        <translation>Ce mot de passe est refusé :</translation>
    </message>
    <message>
        <source>First coordinator created: %1.</source>
        <translation>Premier coordinateur créé : %1.</translation>
    </message>
    <message>
        <source>users list                    the user accounts (coordinators)</source>
        <translation>users list                    les comptes utilisateurs (coordination)</translation>
    </message>
    <message>
        <source>users add LOGIN --role ROLE [--name N]  add an account (password: PARCOURS_NEW_PASSWORD or typed twice)</source>
        <translation>users add IDENTIFIANT --role RÔLE [--name N]  ajouter un compte (mot de passe : PARCOURS_NEW_PASSWORD ou saisi deux fois)</translation>
    </message>
    <message>
        <source>users role LOGIN ROLE         change an account&apos;s role</source>
        <translation>users role IDENTIFIANT RÔLE   changer le rôle d’un compte</translation>
    </message>
    <message>
        <source>users unlock LOGIN            unlock an account after failures</source>
        <translation>users unlock IDENTIFIANT      déverrouiller un compte après des échecs</translation>
    </message>
    <message>
        <source>users deactivate LOGIN        close an account, keeping its history</source>
        <translation>users deactivate IDENTIFIANT  fermer un compte en gardant son historique</translation>
    </message>
    <message>
        <source>users reset-password LOGIN    set a new password (PARCOURS_NEW_PASSWORD or typed)</source>
        <translation>users reset-password IDENTIFIANT  nouveau mot de passe (PARCOURS_NEW_PASSWORD ou saisi)</translation>
    </message>
    <message>
        <source>passwd                        change your own password (PARCOURS_NEW_PASSWORD or typed)</source>
        <translation>passwd                        changer son propre mot de passe (PARCOURS_NEW_PASSWORD ou saisi)</translation>
    </message>
    <message>
        <source>PostgreSQL server name or address.</source>
        <translation>Nom ou adresse du serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <source>Server port (default 5432).</source>
        <translation>Port du serveur (5432 par défaut).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Database on the server.</source>
        <translation>Base de données sur le serveur.</translation>
    </message>
    <message>
        <source>PostgreSQL user (password from PARCOURS_SERVER_PASSWORD or ~/.pgpass).</source>
        <translation>Utilisateur PostgreSQL (mot de passe : PARCOURS_SERVER_PASSWORD ou ~/.pgpass).</translation>
    </message>
    <message>
        <source>Encryption: disable, prefer (default), require, verify-ca or verify-full.</source>
        <translation>Chiffrement : disable, prefer (par défaut), require, verify-ca ou verify-full.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>PostgreSQL schema to create the tables in (default: the user&apos;s own).</source>
        <translation>Schéma PostgreSQL où créer les tables (par défaut : celui de l’utilisateur).</translation>
    </message>
    <message>
        <source>Usage: parcours-cli --db FILE --user NAME migrate-to-server --host HOST [--port PORT] --database NAME --server-user NAME [--sslmode MODE] [--schema NAME]</source>
        <translation>Utilisation : parcours-cli --db FICHIER --user NOM migrate-to-server --host SERVEUR [--port PORT] --database NOM --server-user NOM [--sslmode MODE] [--schema NOM]</translation>
    </message>
    <message>
        <source>Copying %1...</source>
        <translation>Copie de %1…</translation>
    </message>
    <message>
        <source>%1 %2 %3  %4</source>
        <translation>%1 %2 %3  %4</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFÉRENT</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied to %1 and verified, table by table (row counts and checksums). Staff can now open the server: File &gt; Open a shared server.</source>
        <translation>
            <numerusform>%n ligne copiée vers %1 et vérifiée, table par table (nombre de lignes et empreintes). L’équipe peut maintenant ouvrir le serveur : Fichier &gt; Ouvrir un serveur partagé.</numerusform>
            <numerusform>%n lignes copiées vers %1 et vérifiées, table par table (nombre de lignes et empreintes). L’équipe peut maintenant ouvrir le serveur : Fichier &gt; Ouvrir un serveur partagé.</numerusform>
        </translation>
    </message>
    <message>
        <source>migrate-to-server --host HOST [--port PORT] --database NAME --server-user NAME [--sslmode MODE] [--schema NAME]   copy this database to a PostgreSQL server and verify it</source>
        <translation>migrate-to-server --host SERVEUR [--port PORT] --database NOM --server-user NOM [--sslmode MODE] [--schema NOM]   copie cette base sur un serveur PostgreSQL et la vérifie</translation>
    </message>
</context>
<context>
    <name>parcours::ActivityEditorDialog</name>
    <message>
        <source>Collective activity</source>
        <translation>Activité collective</translation>
    </message>
    <message>
        <source>New collective activity</source>
        <translation>Nouvelle activité collective</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>No RPE</source>
        <translation>Sans RPE</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;RPE:</source>
        <translation>&amp;RPE :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>&amp;Add a childminder…</source>
        <translation>&amp;Ajouter un(e) assistant(e) maternel(le)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy.</source>
        <translation>Saisissez la date au format jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>parcours::ApprovalDecisionDialog</name>
    <message>
        <source>Record a first agrément</source>
        <translation>Enregistrer un premier agrément</translation>
    </message>
    <message>
        <source>Record a renewal</source>
        <translation>Enregistrer un renouvellement</translation>
    </message>
    <message>
        <source>Record a modification</source>
        <translation>Enregistrer une modification</translation>
    </message>
    <message>
        <source>Record a suspension</source>
        <translation>Enregistrer une suspension</translation>
    </message>
    <message>
        <source>Record a withdrawal</source>
        <translation>Enregistrer un retrait</translation>
    </message>
    <message>
        <source>Agrément %1, valid until %2.</source>
        <translation>Agrément %1, valable jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>without number</source>
        <translation>sans numéro</translation>
    </message>
    <message>
        <source>Leave empty to keep the current number</source>
        <translation>Laissez vide pour conserver le numéro actuel</translation>
    </message>
    <message>
        <source>Approval number:</source>
        <translation>N° d&apos;agrément :</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Début de validité :</translation>
    </message>
    <message numerus="yes">
        <source>Empty: computed (%n years)</source>
        <translation>
            <numerusform>Laissez vide : calcul automatique (%n an)</numerusform>
            <numerusform>Laissez vide : calcul automatique (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Fin de validité :</translation>
    </message>
    <message>
        <source>Place of practice:</source>
        <translation>Lieu d&apos;exercice :</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>New number of places:</source>
        <translation>Nouveau nombre de places :</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Nombre de places :</translation>
    </message>
    <message>
        <source>Initial training (120 h) complete</source>
        <translation>Formation initiale (120 h) terminée</translation>
    </message>
    <message>
        <source>EP1 of the CAP AEPE passed</source>
        <translation>Épreuve EP1 du CAP AEPE réussie</translation>
    </message>
    <message>
        <source>EP3 of the CAP AEPE passed</source>
        <translation>Épreuve EP3 du CAP AEPE réussie</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Suspended from:</source>
        <translation>Début de la suspension :</translation>
    </message>
    <message>
        <source>Date of the decision:</source>
        <translation>Date de la décision :</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Fin de la suspension :</translation>
    </message>
    <message numerus="yes">
        <source>An emergency suspension lasts at most %n month(s).</source>
        <translation>
            <numerusform>Une suspension d&apos;urgence dure au plus %n mois.</numerusform>
            <numerusform>Une suspension d&apos;urgence dure au plus %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason or reference of the decision (no health information)</source>
        <translation>Motif ou référence de la décision (aucune information de santé)</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Précisions :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n years, until %1</source>
        <translation>
            <numerusform>%n an, jusqu&apos;au %1</numerusform>
            <numerusform>%n ans, jusqu&apos;au %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, or leave it empty.</source>
        <translation>Saisissez la date sous la forme jj/mm/aaaa, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>parcours::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Text in a field or a value</source>
        <translation>Texte d’un champ ou d’une valeur</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Purger…</translation>
    </message>
    <message>
        <source>Rows: %1.</source>
        <translation>Lignes : %1.</translation>
    </message>
    <message>
        <source>Keep this database for investigation and tell the data-protection officer; restore the latest backup whose trail verifies.</source>
        <translation>Conservez cette base pour l’enquête et prévenez le délégué à la protection des données ; restaurez la dernière sauvegarde dont le journal est intact.</translation>
    </message>
    <message>
        <source>The retention period of the audit trail is 0 (keep for ever): nothing to purge. Change it in Tools &gt; Settings &gt; Rules.</source>
        <translation>La durée de conservation du journal d’audit est 0 (conservation illimitée) : rien à purger. Modifiez-la dans Outils &gt; Paramètres &gt; Règles.</translation>
    </message>
    <message>
        <source>No row is older than %1.</source>
        <translation>Aucune ligne n’est antérieure au %1.</translation>
    </message>
    <message>
        <source>Purge the audit trail</source>
        <translation>Purger le journal d’audit</translation>
    </message>
    <message>
        <source>Delete the %1 audit row(s) older than %2? The purge itself is recorded and the chain stays verifiable.</source>
        <translation>Supprimer les %1 ligne(s) du journal d’audit antérieures au %2 ? La purge elle-même est enregistrée et la chaîne reste vérifiable.</translation>
    </message>
    <message>
        <source>%1 row(s) purged.</source>
        <translation>%1 ligne(s) purgée(s).</translation>
    </message>
</context>
<context>
    <name>parcours::AuditLogModel</name>
    <message>
        <source>(removed by an anonymisation)</source>
        <translation>(supprimé par une anonymisation)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>parcours::BackupDialog</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>À la fermeture</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Back up automatically every day and on exit</source>
        <translation>Sauvegarder automatiquement chaque jour et à la fermeture</translation>
    </message>
    <message>
        <source>Encrypt the backups</source>
        <translation>Chiffrer les sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Only a coordinator can restore a backup.</source>
        <translation>Seul un coordinateur ou une coordinatrice peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Beside the database, in a « sauvegardes » folder</source>
        <translation>À côté de la base, dans un dossier « sauvegardes »</translation>
    </message>
    <message>
        <source>Kept in memory until you quit, never saved</source>
        <translation>Gardée en mémoire jusqu’à la fermeture, jamais enregistrée</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Settings of this computer</source>
        <translation>Réglages de cet ordinateur</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Dossier des sauvegardes :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <source>Backups of this database, in %1:</source>
        <translation>Sauvegardes de cette base, dans %1 :</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>This backup is encrypted: give its passphrase.</source>
        <translation>Cette sauvegarde est chiffrée : indiquez sa phrase de passe.</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>The backup was written and checked: %1</source>
        <translation>La sauvegarde a été écrite et contrôlée : %1</translation>
    </message>
    <message>
        <source>Backup checked</source>
        <translation>Sauvegarde contrôlée</translation>
    </message>
    <message>
        <source>This backup is sound: it can be restored.</source>
        <translation>Cette sauvegarde est saine : elle peut être restaurée.</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Cette sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore the backup of %1 at %2?</source>
        <translation>Restaurer la sauvegarde du %1 à %2 ?</translation>
    </message>
    <message>
        <source>Changes made since the backup will no longer be in the database. The current database is kept beside it (…avant-restauration-….sqlite) in case you need it.</source>
        <translation>Les modifications faites depuis la sauvegarde ne seront plus dans la base. La base actuelle est conservée à côté (…avant-restauration-….sqlite) au cas où vous en auriez besoin.</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>La sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept as %1.</source>
        <translation>La sauvegarde a été restaurée. La base telle qu’elle était avant est conservée sous le nom %1.</translation>
    </message>
    <message>
        <source>This database is on a shared server: it is backed up on the server itself (for example with pg_dump), by the person who runs it. Ask your IT department how often, and how to restore a copy.</source>
        <translation>Cette base est sur un serveur partagé : elle est sauvegardée sur le serveur lui-même (par exemple avec pg_dump), par la personne qui l’administre. Demandez à votre service informatique à quelle fréquence, et comment restaurer une copie.</translation>
    </message>
</context>
<context>
    <name>parcours::CallListTab</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All RPEs</source>
        <translation>Tous les RPE</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;RPE:</source>
        <translation>&amp;RPE :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Log an e&amp;xchange…</source>
        <translation>Enregistrer un é&amp;change…</translation>
    </message>
    <message>
        <source>Enter the &amp;response…</source>
        <translation>Saisir la &amp;réponse…</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>Re&amp;mind…</source>
        <translation>Rela&amp;ncer…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors champ</translation>
    </message>
    <message>
        <source>Open her &amp;file</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange with %1 saved.</source>
        <translation>Échange avec %1 enregistré.</translation>
    </message>
    <message>
        <source>Response of %1 saved.</source>
        <translation>Réponse de %1 enregistrée.</translation>
    </message>
    <message>
        <source>A coordinator follow-up was created: %1</source>
        <translation>Une relance coordinatrice a été créée : %1</translation>
    </message>
    <message>
        <source>Response of %1 saved. %2</source>
        <translation>Réponse de %1 enregistrée. %2</translation>
    </message>
    <message>
        <source>Follow-up created</source>
        <translation>Relance créée</translation>
    </message>
    <message>
        <source>Invite %1</source>
        <translation>Inviter %1</translation>
    </message>
    <message>
        <source>Record the invitation sent to %1 to answer the survey.</source>
        <translation>Enregistrez l&apos;invitation à répondre à l&apos;enquête envoyée à %1.</translation>
    </message>
    <message>
        <source>Invitation to %1 recorded.</source>
        <translation>Invitation de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Remind %1</source>
        <translation>Relancer %1</translation>
    </message>
    <message>
        <source>Record a reminder sent to %1.</source>
        <translation>Enregistrez une relance envoyée à %1.</translation>
    </message>
    <message>
        <source>Reminder to %1 recorded.</source>
        <translation>Relance de %1 enregistrée.</translation>
    </message>
    <message>
        <source>%1 is now marked “%2”.</source>
        <translation>Statut de %1 : « %2 ».</translation>
    </message>
</context>
<context>
    <name>parcours::CampaignExportDialog</name>
    <message>
        <source>Invitation letters (PDF)…</source>
        <translation>Lettres d&apos;invitation (PDF)…</translation>
    </message>
    <message>
        <source>Email list (CSV)…</source>
        <translation>Liste des courriels (CSV)…</translation>
    </message>
    <message>
        <source>Invitations of the %1 survey</source>
        <translation>Invitations à l&apos;enquête %1</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All RPEs</source>
        <translation>Tous les RPE</translation>
    </message>
    <message>
        <source>One letter per person with her reference code, or the list of those who have an email address for a mail-merge. Letters are only marked as sent for people still « to contact ».</source>
        <translation>Une lettre par personne avec son code de référence, ou la liste des personnes ayant une adresse électronique pour un publipostage. Seules les personnes encore « à contacter » sont marquées comme invitées.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>RPE:</source>
        <translation>RPE :</translation>
    </message>
    <message>
        <source>Date of the letters:</source>
        <translation>Date des lettres :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nobody matches these filters.</source>
        <translation>Personne ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) selected.</source>
        <translation>
            <numerusform>%n personne sélectionnée.</numerusform>
            <numerusform>%n personnes sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people could not be counted: %1</source>
        <translation>Les personnes n&apos;ont pas pu être comptées : %1</translation>
    </message>
    <message>
        <source>Mark these people as invited (letter of %1)</source>
        <translation>Marquer ces personnes comme invitées (courrier du %1)</translation>
    </message>
    <message>
        <source>the date above</source>
        <translation>la date ci-dessus</translation>
    </message>
    <message>
        <source>Invitation letters</source>
        <translation>Lettres d&apos;invitation</translation>
    </message>
    <message>
        <source>Enter the date printed on the letters (today or earlier, as dd/mm/yyyy).</source>
        <translation>Saisissez la date imprimée sur les lettres (aujourd&apos;hui ou avant, au format jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the invitation letters…</source>
        <translation>Écriture des lettres d&apos;invitation…</translation>
    </message>
    <message>
        <source>The letters were cancelled: no file was written and nobody was marked as invited.</source>
        <translation>Les lettres ont été annulées : aucun fichier n&apos;a été écrit et personne n&apos;a été marqué comme invité.</translation>
    </message>
    <message>
        <source>The letters could not be written to « %1 »: %2</source>
        <translation>Les lettres n&apos;ont pas pu être écrites dans « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to « %1 ».</source>
        <translation>
            <numerusform>%n lettre écrite dans « %1 ».</numerusform>
            <numerusform>%n lettres écrites dans « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked as invited.</source>
        <translation>
            <numerusform>%n personne marquée comme invitée.</numerusform>
            <numerusform>%n personnes marquées comme invitées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email list</source>
        <translation>Liste des courriels</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the email list…</source>
        <translation>Écriture de la liste des courriels…</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>L&apos;export a été annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The list could not be written to « %1 »: %2</source>
        <translation>La liste n&apos;a pas pu être écrite dans « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with an email address written to « %1 ».</source>
        <translation>
            <numerusform>%n personne ayant une adresse électronique écrite dans « %1 ».</numerusform>
            <numerusform>%n personnes ayant une adresse électronique écrites dans « %1 ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::CampaignListPage</name>
    <message>
        <source>Survey campaigns</source>
        <translation>Campagnes d&apos;enquête</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>No campaign yet. Each year&apos;s survey starts with “New campaign…”: choose the year, the questionnaire and the RPEs concerned; the call list is then ready.</source>
        <translation>Aucune campagne pour l&apos;instant. L&apos;enquête de chaque année commence par « Nouvelle campagne… » : choisissez l&apos;année, le questionnaire et les RPE concernés ; la liste d&apos;appels est alors prête.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message>
        <source>Invited or reminded</source>
        <translation>Invitées ou relancées</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Refused, unreachable, out of scope</source>
        <translation>Refus, injoignables, hors champ</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>%1 campaign</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <source>%1 campaign — %2, version %3</source>
        <translation>Campagne %1 — %2, version %3</translation>
    </message>
    <message>
        <source>All RPEs</source>
        <translation>Tous les RPE</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The campaigns could not be read</source>
        <translation>Les campagnes n&apos;ont pas pu être lues</translation>
    </message>
</context>
<context>
    <name>parcours::CampaignPage</name>
    <message>
        <source>← All campaigns</source>
        <translation>← Toutes les campagnes</translation>
    </message>
    <message>
        <source>Back to the list of campaigns (Alt+Left)</source>
        <translation>Retour à la liste des campagnes (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Liste d&apos;appels</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>parcours::CampaignPeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Relay (RPE)</source>
        <translation>Relais (RPE)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last sending</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Code de référence</translation>
    </message>
</context>
<context>
    <name>parcours::CampaignSummaryTab</name>
    <message>
        <source>Computing the summary…</source>
        <translation>Calcul de la synthèse…</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Exporter la synthèse</translation>
    </message>
    <message>
        <source>The summary could not be computed: %1</source>
        <translation>La synthèse n&apos;a pas pu être calculée : %1</translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation>Exporter la synthèse en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Écriture de la synthèse…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>L&apos;export a été annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The summary could not be written to « %1 »: %2
Choose another folder or close the file if another program has it open, then try again.</source>
        <translation>La synthèse n&apos;a pas pu être écrite dans « %1 » : %2
Choisissez un autre dossier ou fermez le fichier s&apos;il est ouvert dans un autre logiciel, puis réessayez.</translation>
    </message>
    <message>
        <source>The summary was written to « %1 ». Open it now?</source>
        <translation>La synthèse a été écrite dans « %1 ». L&apos;ouvrir maintenant ?</translation>
    </message>
    <message>
        <source>Export the summary as JSON</source>
        <translation>Exporter la synthèse en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The summary could not be written to « %1 »: %2
Choose another folder and try again.</source>
        <translation>La synthèse n&apos;a pas pu être écrite dans « %1 » : %2
Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>The summary was written to « %1 ».</source>
        <translation>La synthèse a été écrite dans « %1 ».</translation>
    </message>
    <message>
        <source>Include written answers (names removed)</source>
        <translation>Inclure les réponses libres (noms retirés)</translation>
    </message>
    <message>
        <source>Export the summary as PDF…</source>
        <translation>Exporter la synthèse PDF…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>All RPEs</source>
        <translation>Tous les RPE</translation>
    </message>
    <message>
        <source>Shows what people wrote in their own words, with their names replaced by « [nom] ». Read it before sharing: other details may still identify someone.</source>
        <translation>Affiche ce que les personnes ont écrit avec leurs mots, leur nom remplacé par « [nom] ». Relisez avant de diffuser : d&apos;autres détails peuvent encore permettre de reconnaître quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Groups of 1 to 4 people are shown as « &lt; 5 » so that nobody can be recognised.</source>
        <translation>Les groupes de 1 à 4 personnes sont affichés « &lt; 5 » pour que personne ne puisse être reconnu(e).</translation>
    </message>
    <message>
        <source>Exact figures of the whole campaign. Exports and the view of one RPE show « &lt; 5 » for groups of 1 to 4 people.</source>
        <translation>Chiffres exacts de toute la campagne. Les exports et l&apos;affichage d&apos;un seul RPE indiquent « &lt; 5 » pour les groupes de 1 à 4 personnes.</translation>
    </message>
    <message>
        <source>Annual survey %1 — whole campaign</source>
        <translation>Enquête annuelle %1 — toute la campagne</translation>
    </message>
    <message>
        <source>Annual survey %1 — %2</source>
        <translation>Enquête annuelle %1 — %2</translation>
    </message>
    <message>
        <source>Questionnaire: %1 (version %2)</source>
        <translation>Questionnaire : %1 (version %2)</translation>
    </message>
    <message>
        <source>People in scope</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>childminders concerned by the campaign</source>
        <translation>assistant(e)s maternel(le)s dans le champ de la campagne</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactées</translation>
    </message>
    <message>
        <source>%1 of the people in scope</source>
        <translation>%1 des personnes concernées</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>%1 of the people contacted</source>
        <translation>%1 des personnes contactées</translation>
    </message>
    <message>
        <source>Reach per RPE</source>
        <translation>Couverture par RPE</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No RPE</source>
        <translation>Sans RPE</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Concernées</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignables</translation>
    </message>
    <message>
        <source>Response rate: people who responded among those contacted.</source>
        <translation>Taux de réponse : personnes ayant répondu parmi les personnes contactées.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Asked to %1 people, %2 answered.</source>
        <translation>Posée à %1 personnes, %2 réponses.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation>Part des réponses</translation>
    </message>
    <message>
        <source>Too few answers to show an average.</source>
        <translation>Trop peu de réponses pour afficher une moyenne.</translation>
    </message>
    <message>
        <source>Average score: %1 out of 5.</source>
        <translation>Note moyenne : %1 sur 5.</translation>
    </message>
    <message>
        <source>Average: %1 — minimum: %2 — maximum: %3.</source>
        <translation>Moyenne : %1 — minimum : %2 — maximum : %3.</translation>
    </message>
    <message>
        <source>%1 written answers in all; the first %2 are shown.</source>
        <translation>%1 réponses libres en tout ; les %2 premières sont affichées.</translation>
    </message>
    <message>
        <source>Places at risk per RPE</source>
        <translation>Places menacées par RPE</translation>
    </message>
    <message>
        <source>Agrément places of the respondents who plan to stop within 1, 3 or 5 years (each period includes the shorter ones).</source>
        <translation>Places d&apos;agrément des répondant(e)s qui envisagent d&apos;arrêter d&apos;ici 1, 3 ou 5 ans (chaque période inclut les plus courtes).</translation>
    </message>
    <message>
        <source>Nobody said she plans to stop.</source>
        <translation>Personne n&apos;a indiqué envisager d&apos;arrêter.</translation>
    </message>
    <message>
        <source>People (1 year)</source>
        <translation>Personnes (1 an)</translation>
    </message>
    <message>
        <source>Places (1 year)</source>
        <translation>Places (1 an)</translation>
    </message>
    <message>
        <source>People (3 years)</source>
        <translation>Personnes (3 ans)</translation>
    </message>
    <message>
        <source>Places (3 years)</source>
        <translation>Places (3 ans)</translation>
    </message>
    <message>
        <source>People (5 years)</source>
        <translation>Personnes (5 ans)</translation>
    </message>
    <message>
        <source>Places (5 years)</source>
        <translation>Places (5 ans)</translation>
    </message>
    <message>
        <source>Training wishes per RPE</source>
        <translation>Souhaits de formation par RPE</translation>
    </message>
    <message>
        <source>No training wish expressed.</source>
        <translation>Aucun souhait de formation exprimé.</translation>
    </message>
    <message>
        <source>%1 (%2 respondents asked)</source>
        <translation>%1 (%2 répondant(e)s interrogé(e)s)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>parcours::CareerEventDialog</name>
    <message>
        <source>Add a career event</source>
        <translation>Ajouter un événement de parcours</translation>
    </message>
    <message>
        <source>Edit a career event</source>
        <translation>Modifier un événement de parcours</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>Év&amp;énement :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>De&amp;tail:</source>
        <translation>Dé&amp;tail :</translation>
    </message>
</context>
<context>
    <name>parcours::CareerPathTab</name>
    <message>
        <source>Save her file first; her obligations and career are then followed here.</source>
        <translation>Enregistrez d&apos;abord son dossier ; ses obligations et son parcours seront ensuite suivis ici.</translation>
    </message>
    <message>
        <source>Enrol in a session…</source>
        <translation>Inscrire à une session…</translation>
    </message>
    <message>
        <source>Obligations and deadlines</source>
        <translation>Obligations et échéances</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Hours done / required</source>
        <translation>Heures faites / exigées</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Renewal file</source>
        <translation>Dossier de renouvellement</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>CAP AEPE results and qualifications</source>
        <translation>Résultats au CAP AEPE et qualifications</translation>
    </message>
    <message>
        <source>Test or diploma</source>
        <translation>Épreuve ou diplôme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Add a result…</source>
        <translation>Ajouter un résultat…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Career events</source>
        <translation>Événements de parcours</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add an event…</source>
        <translation>Ajouter un événement…</translation>
    </message>
    <message>
        <source>Immersions (PMSMP)</source>
        <translation>Immersions (PMSMP)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Structure d&apos;accueil</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Add an immersion…</source>
        <translation>Ajouter une immersion…</translation>
    </message>
    <message>
        <source>%1 h / %2 h</source>
        <translation>%1 h / %2 h</translation>
    </message>
    <message>
        <source>No agrément in force: the list below shows what a renewal file needs.</source>
        <translation>Aucun agrément en cours : la liste ci-dessous indique ce qu&apos;exige un dossier de renouvellement.</translation>
    </message>
    <message>
        <source>Her renewal file is ready: due by %1 (agrément ends %2).</source>
        <translation>Son dossier de renouvellement est complet : à déposer avant le %1 (fin de l&apos;agrément le %2).</translation>
    </message>
    <message numerus="yes">
        <source>Renewal file due by %1 (agrément ends %2): %n item(s) missing.</source>
        <translation>
            <numerusform>Dossier de renouvellement à déposer avant le %1 (fin de l&apos;agrément le %2) : %n pièce(s) manquante(s).</numerusform>
            <numerusform>Dossier de renouvellement à déposer avant le %1 (fin de l&apos;agrément le %2) : %n pièce(s) manquante(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Within the limits</source>
        <translation>Dans les limites</translation>
    </message>
    <message>
        <source>Delete this record from her career path?</source>
        <translation>Supprimer cet élément de son parcours ?</translation>
    </message>
</context>
<context>
    <name>parcours::CareerPathsBox</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolé(e)s</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En activité</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>From the previous stage</source>
        <translation>Depuis l&apos;étape précédente</translation>
    </message>
    <message>
        <source>Training deadlines</source>
        <translation>Échéances de formation</translation>
    </message>
    <message>
        <source>Isolation watch</source>
        <translation>Veille isolement</translation>
    </message>
    <message>
        <source>Prospects (12 months)</source>
        <translation>Prospects (12 mois)</translation>
    </message>
    <message>
        <source>Training deadlines (%1)</source>
        <translation>Échéances de formation (%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Isolation watch (%1)</source>
        <translation>Veille isolement (%1)</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>Sans relais</translation>
    </message>
    <message>
        <source>Prospects, 12 months (%1)</source>
        <translation>Prospects, 12 mois (%1)</translation>
    </message>
</context>
<context>
    <name>parcours::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Signed in as %1. Type your current password, then the new one twice.</source>
        <translation>Connecté(e) en tant que %1. Saisissez votre mot de passe actuel, puis le nouveau deux fois.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
</context>
<context>
    <name>parcours::ChildminderApprovalsTab</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Place of practice</source>
        <translation>Lieu d&apos;exercice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>First agrément…</source>
        <translation>Premier agrément…</translation>
    </message>
    <message>
        <source>Renewal…</source>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>Modification…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Suspension…</source>
        <translation>Suspension…</translation>
    </message>
    <message>
        <source>Withdrawal…</source>
        <translation>Retrait…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> jusqu&apos;au %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n place(s)</source>
        <translation>
            <numerusform>, %n place</numerusform>
            <numerusform>, %n places</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Save her file first; you can then record her agréments here.</source>
        <translation>Enregistrez d&apos;abord le dossier ; vous pourrez ensuite saisir ses agréments ici.</translation>
    </message>
    <message>
        <source>No agrément on file. Record her first agrément when the PMI service grants it.</source>
        <translation>Aucun agrément au dossier. Enregistrez le premier agrément lorsque le service de PMI l&apos;accorde.</translation>
    </message>
    <message>
        <source>Modification, suspension and withdrawal apply to the agrément selected above.</source>
        <translation>La modification, la suspension et le retrait s&apos;appliquent à l&apos;agrément sélectionné ci-dessus.</translation>
    </message>
</context>
<context>
    <name>parcours::ChildminderContactsTab</name>
    <message>
        <source>Save her file first; you can then log your exchanges with her here.</source>
        <translation>Enregistrez d&apos;abord le dossier ; vous pourrez ensuite noter ici vos échanges avec la personne.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Intervenant(e)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Log an exchange</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Save the e&amp;xchange</source>
        <translation>Enregistrer l&apos;échan&amp;ge</translation>
    </message>
    <message>
        <source>%1 — by %2, %3</source>
        <translation>%1 — pour le %2, par %3</translation>
    </message>
    <message>
        <source> (done on %1)</source>
        <translation> (fait le %1)</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>The exchange was not saved</source>
        <translation>L&apos;échange n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The exchange was not saved: correct the fields marked in red.</source>
        <translation>L&apos;échange n&apos;a pas été enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Exchange of %1 saved.</source>
        <translation>Échange du %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>parcours::ChildminderEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>&amp;Agréments</source>
        <translation>&amp;Agréments</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>This file no longer exists in the database.</source>
        <translation>Ce dossier n&apos;existe plus dans la base de données.</translation>
    </message>
    <message>
        <source>Write here only what helps follow her career. Never write health information (illness, disability, pregnancy…) or a social security number: the law forbids keeping it in this file, and she may ask to read everything written here.</source>
        <translation>Notez ici uniquement ce qui aide à suivre son parcours professionnel. N&apos;écrivez jamais d&apos;information de santé (maladie, handicap, grossesse…) ni de numéro de sécurité sociale : la loi interdit de les conserver dans ce dossier, et la personne concernée peut demander à lire tout ce qui est écrit ici.</translation>
    </message>
    <message>
        <source>New childminder</source>
        <translation>Nouvel(le) assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>Childminder file — %1</source>
        <translation>Dossier d&apos;assistant(e) maternel(le) — %1</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>Le dossier n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The file was not saved: correct the fields marked in red.</source>
        <translation>Le dossier n&apos;a pas été enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Saved. You can now record her agrément in the Agréments tab.</source>
        <translation>Dossier enregistré. Vous pouvez maintenant saisir son agrément dans l&apos;onglet « Agréments ».</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>The decision was recorded.</source>
        <translation>La décision a été enregistrée.</translation>
    </message>
    <message>
        <source>This file has changes that are not saved. Save them before closing?</source>
        <translation>Ce dossier comporte des modifications non enregistrées. Voulez-vous les enregistrer avant de fermer ?</translation>
    </message>
    <message numerus="yes">
        <source>agrément %1 valid until %2, %n place(s)</source>
        <translation>
            <numerusform>agrément %1 valable jusqu&apos;au %2, %n place</numerusform>
            <numerusform>agrément %1 valable jusqu&apos;au %2, %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>no agrément on file</source>
        <translation>aucun agrément au dossier</translation>
    </message>
    <message>
        <source>Fill in at least her name and first name, then save.</source>
        <translation>Saisissez au moins le nom et le prénom, puis enregistrez.</translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation>Con&amp;tacts</translation>
    </message>
    <message>
        <source>Career &amp;path</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;ique</translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation>A&amp;nonymiser…</translation>
    </message>
    <message>
        <source>Someone else deleted this file while you were editing it. Copy what you need from the screen, then close it.</source>
        <translation>Quelqu&apos;un a supprimé cette fiche pendant que vous la modifiiez. Recopiez ce dont vous avez besoin à l&apos;écran, puis fermez-la.</translation>
    </message>
</context>
<context>
    <name>parcours::ChildminderIdentityTab</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresse et coordonnées</translation>
    </message>
    <message>
        <source>e.g. 03 29 12 34 56</source>
        <translation>ex. : 03 29 12 34 56</translation>
    </message>
    <message>
        <source>e.g. name@example.fr</source>
        <translation>ex. : nom@example.fr</translation>
    </message>
    <message>
        <source>Relay and MAM</source>
        <translation>Relais et MAM</translation>
    </message>
    <message>
        <source>Follow her commune (automatic)</source>
        <translation>Selon sa commune (automatique)</translation>
    </message>
    <message>
        <source>Relay of her commune:</source>
        <translation>Relais de sa commune :</translation>
    </message>
    <message>
        <source>MAM:</source>
        <translation>MAM :</translation>
    </message>
    <message>
        <source>MAM membership is recorded on the MAM page.</source>
        <translation>L&apos;appartenance à une MAM se saisit sur la page des MAM.</translation>
    </message>
    <message>
        <source>Not a MAM member</source>
        <translation>Ne fait partie d&apos;aucune MAM</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, for example 05/03/1975.</source>
        <translation>Saisissez la date sous la forme jj/mm/aaaa, par exemple 05/03/1975.</translation>
    </message>
    <message>
        <source>Choose her commune first.</source>
        <translation>Choisissez d&apos;abord sa commune.</translation>
    </message>
    <message>
        <source>Unknown commune.</source>
        <translation>Commune inconnue.</translation>
    </message>
    <message>
        <source>No relay covers %1.</source>
        <translation>Aucun relais ne couvre la commune %1.</translation>
    </message>
    <message>
        <source>&amp;Usage name:</source>
        <translation>Nom d&apos;usa&amp;ge :</translation>
    </message>
    <message>
        <source>&amp;Birth name:</source>
        <translation>No&amp;m de naissance :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Sta&amp;tut :</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <source>&amp;Postal code, commune:</source>
        <translation>&amp;Code postal, commune :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Téléph&amp;one :</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>&amp;Relay to use:</source>
        <translation>&amp;Relais de rattachement :</translation>
    </message>
</context>
<context>
    <name>parcours::ChildminderListModel</name>
    <message>
        <source>This agrément has expired.</source>
        <translation>Cet agrément a expiré.</translation>
    </message>
    <message numerus="yes">
        <source>This agrément ends within %n month(s).</source>
        <translation>
            <numerusform>Cet agrément prend fin d&apos;ici %n mois.</numerusform>
            <numerusform>Cet agrément prend fin d&apos;ici %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Relay (RPE)</source>
        <translation>Relais (RPE)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Approval no.</source>
        <translation>N° d&apos;agrément</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>parcours::ChildminderListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Childminders</source>
        <translation>Assistant(e)s maternel(le)s</translation>
    </message>
    <message>
        <source>&amp;New childminder</source>
        <translation>&amp;Nouvel(le) assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any end of validity</source>
        <translation>Toutes les fins de validité</translation>
    </message>
    <message numerus="yes">
        <source>Agrément ends within %n month(s) or has ended</source>
        <translation>
            <numerusform>Agrément se terminant d&apos;ici %n mois ou terminé</numerusform>
            <numerusform>Agrément se terminant d&apos;ici %n mois ou terminé</numerusform>
        </translation>
    </message>
    <message>
        <source>Agrément has ended</source>
        <translation>Agrément terminé</translation>
    </message>
    <message>
        <source>All relays</source>
        <translation>Tous les relais</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>Sans relais</translation>
    </message>
    <message numerus="yes">
        <source>%Ln childminder(s)</source>
        <translation>
            <numerusform>%Ln assistant(e) maternel(le)</numerusform>
            <numerusform>%Ln assistant(e)s maternel(le)s</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, commune or approval no. (Ctrl+F)</source>
        <translation>Nom, commune ou n° d&apos;agrément (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>parcours::ChildminderPicker</name>
    <message>
        <source>Choose a childminder</source>
        <translation>Choisir un(e) assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>Name, commune or approval number</source>
        <translation>Nom, commune ou n° d&apos;agrément</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the beginning of her name:</source>
        <translation>Saisissez le début du nom :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>parcours::ChoiceGroup</name>
    <message>
        <source>Type the option&apos;s number to choose it; Delete clears the answer.</source>
        <translation>Tapez le numéro d&apos;une réponse pour la choisir ; Suppr efface la réponse.</translation>
    </message>
</context>
<context>
    <name>parcours::CollectiveActivitiesTab</name>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>RPE:</source>
        <translation>RPE :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;Nouvelle activité…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>All RPEs</source>
        <translation>Tous les RPE</translation>
    </message>
    <message>
        <source>Collective activities</source>
        <translation>Activités collectives</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activity(ies)</source>
        <translation>
            <numerusform>%1 sur %n activité(s)</numerusform>
            <numerusform>%1 sur %n activité(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>Delete “%1” and its attendance list? This cannot be undone.</source>
        <translation>Supprimer « %1 » et sa liste de présence ? Cette opération est définitive.</translation>
    </message>
</context>
<context>
    <name>parcours::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Someone else saved this file</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette fiche</translation>
    </message>
    <message>
        <source>Someone else saved this file while you were editing it. Nothing has been overwritten: for each field below, choose the version to keep, then save. Fields in bold were changed on both sides.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette fiche pendant que vous la modifiiez. Rien n&apos;a été écrasé : pour chaque champ ci-dessous, choisissez la version à garder, puis enregistrez. Les champs en gras ont été modifiés des deux côtés.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Version enregistrée</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Garder toute &amp;ma version</translation>
    </message>
    <message>
        <source>Keep all the &amp;saved version</source>
        <translation>Garder toute la version &amp;enregistrée</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Enregistrer mes choix</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>parcours::ContactForm</name>
    <message>
        <source>Outgoing (we contacted her)</source>
        <translation>Sortant (à l&apos;initiative du service)</translation>
    </message>
    <message>
        <source>Incoming (she contacted us)</source>
        <translation>Entrant (à l&apos;initiative de la personne)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>Date et &amp;heure :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Sen&amp;s :</translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation>Inter&amp;venant(e) :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Du&amp;rée :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Iss&amp;ue :</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>Su&amp;jets :</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Suite à &amp;donner :</translation>
    </message>
    <message>
        <source>Never write health information (illness, disability, pregnancy…) in the notes: she may ask to read them.</source>
        <translation>N&apos;écrivez jamais d&apos;information de santé (maladie, handicap, grossesse…) dans les notes : la personne peut demander à les lire.</translation>
    </message>
    <message>
        <source>Optional: what to do next</source>
        <translation>Facultatif : action à mener ensuite</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>by</source>
        <translation>pour le</translation>
    </message>
    <message>
        <source>for</source>
        <translation>par</translation>
    </message>
    <message>
        <source>Enter the due date as dd/mm/yyyy, for example 15/03/2027.</source>
        <translation>Saisissez l&apos;échéance au format jj/mm/aaaa, par exemple 15/03/2027.</translation>
    </message>
</context>
<context>
    <name>parcours::ContactLogDialog</name>
    <message>
        <source>Exchange with %1</source>
        <translation>Échange avec %1</translation>
    </message>
    <message>
        <source>Save the e&amp;xchange</source>
        <translation>Enregistrer l&apos;échan&amp;ge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The exchange was not saved</source>
        <translation>L&apos;échange n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>parcours::CoverageLoader</name>
    <message>
        <source>No RPE</source>
        <translation>Sans RPE</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>parcours::CoverageTab</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>“Reached in %1” counts the working childminders of the RPE with at least one completed exchange this year (annual contact); the other columns count the people in the campaign.</source>
        <translation>« Joint(e)s en %1 » compte les assistant(e)s maternel(le)s en activité du RPE ayant eu au moins un échange abouti dans l&apos;année (contact annuel) ; les autres colonnes comptent les personnes de la campagne.</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>In the campaign</source>
        <translation>Dans la campagne</translation>
    </message>
    <message>
        <source>Reached in %1</source>
        <translation>Joint(e)s en %1</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message>
        <source>The coverage could not be computed: %1</source>
        <translation>La couverture n&apos;a pas pu être calculée : %1</translation>
    </message>
</context>
<context>
    <name>parcours::CreateCampaignDialog</name>
    <message>
        <source>&amp;All RPEs (every working childminder)</source>
        <translation>&amp;Tous les RPE (toutes les assistant(e)s maternel(le)s en activité)</translation>
    </message>
    <message>
        <source>&amp;Only these RPEs:</source>
        <translation>&amp;Seulement ces RPE :</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Questionnaire :</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Périmètre :</translation>
    </message>
    <message>
        <source>Create the campaign</source>
        <translation>Créer la campagne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Everyone in the scope who is working today is put on the call list with the status “to contact” and a reference code for the online questionnaire.</source>
        <translation>Chaque personne du périmètre en activité aujourd&apos;hui est inscrite sur la liste d&apos;appels avec le statut « à contacter » et un code de référence pour le questionnaire en ligne.</translation>
    </message>
    <message>
        <source>%1 — version %2 of %3</source>
        <translation>%1 — version %2 du %3</translation>
    </message>
    <message>
        <source>Tick at least one RPE, or choose all RPEs.</source>
        <translation>Cochez au moins un RPE, ou choisissez tous les RPE.</translation>
    </message>
</context>
<context>
    <name>parcours::DashboardPage</name>
    <message>
        <source>Active childminders</source>
        <translation>Assistant(e)s maternel(le)s en activité</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translation>60 ans ou plus</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>By relay (RPE)</source>
        <translation>Par relais (RPE)</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En activité</translation>
    </message>
    <message>
        <source>Alerts to follow up (double-click to open)</source>
        <translation>Alertes à traiter (double-cliquez pour ouvrir)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Situation on %1</source>
        <translation>Situation au %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln childminder(s) on file in all</source>
        <translation>
            <numerusform>%Ln assistant(e) maternel(le) enregistré(e) au total</numerusform>
            <numerusform>%Ln assistant(e)s maternel(le)s enregistré(e)s au total</numerusform>
        </translation>
    </message>
    <message>
        <source>places in the agréments in force</source>
        <translation>places dans les agréments en vigueur</translation>
    </message>
    <message>
        <source>%1 % of active childminders</source>
        <translation>%1 % des assistant(e)s maternel(le)s en activité</translation>
    </message>
    <message>
        <source>No relay</source>
        <translation>Sans relais</translation>
    </message>
    <message>
        <source>agréments, renewals and MAMs to check</source>
        <translation>agréments, renouvellements et MAM à vérifier</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Person or MAM</source>
        <translation>Personne ou MAM</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés : %1</translation>
    </message>
    <message>
        <source>The %1 most urgent alerts are shown, out of %2.</source>
        <translation>Seules les %1 alertes les plus urgentes sont affichées, sur un total de %2.</translation>
    </message>
    <message>
        <source>Annual contact %1</source>
        <translation>Contact annuel %1</translation>
    </message>
    <message>
        <source>No contact for 12 months</source>
        <translation>Sans contact depuis 12 mois</translation>
    </message>
    <message>
        <source>Follow-ups of exchanges (double-click to open)</source>
        <translation>Suites à donner des échanges (double-clic pour ouvrir)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 reached out of %2 active childminders</source>
        <translation>%1 personne(s) jointe(s) sur %2 en activité</translation>
    </message>
    <message>
        <source>active childminders without a completed exchange</source>
        <translation>assistant(e)s maternel(le)s en activité sans échange réalisé</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>parcours::DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>parcours::EnrolInSessionDialog</name>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Enrol in a training session</source>
        <translation>Inscrire à une session de formation</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>Places restantes</translation>
    </message>
    <message>
        <source>Sessions not over yet, soonest first. A wish does not take a place.</source>
        <translation>Les sessions pas encore terminées, les plus proches d&apos;abord. Un souhait ne prend pas de place.</translation>
    </message>
    <message>
        <source>Record as:</source>
        <translation>Enregistrer comme :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>Les sessions n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
</context>
<context>
    <name>parcours::FirstCoordinatorDialog</name>
    <message>
        <source>First coordinator — Parcours Pro</source>
        <translation>Premier coordinateur — Parcours Pro</translation>
    </message>
    <message>
        <source>This database has no user account yet. Create the first coordinator&apos;s account: she will then add her colleagues&apos; accounts (Tools &gt; Users).</source>
        <translation>Cette base n’a encore aucun compte utilisateur. Créez le compte du premier coordinateur ou de la première coordinatrice : il ou elle ajoutera ensuite les comptes de ses collègues (Outils &gt; Utilisateurs).</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
</context>
<context>
    <name>parcours::FirstRunDialog</name>
    <message>
        <source>&amp;Empty database</source>
        <translation>Base de données &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Demonstration data</source>
        <translation>&amp;Données de démonstration</translation>
    </message>
    <message>
        <source>Welcome to Parcours Pro</source>
        <translation>Bienvenue dans Parcours Pro</translation>
    </message>
    <message>
        <source>No database exists yet at this place:
%1

How do you want to start?</source>
        <translation>Aucune base de données n&apos;existe encore à cet emplacement :
%1

Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>For real work: you then import the PMI list (File &gt; Import a PMI list…) or enter the childminders one by one.</source>
        <translation>Pour travailler sur des données réelles : vous importerez ensuite la liste de la PMI (Fichier &gt; Importer une liste de la PMI…) ou saisirez les dossiers un par un.</translation>
    </message>
    <message>
        <source>About %1 fictional childminders, relays and MAMs in real communes, to discover the software or train colleagues. Never mix them with real data.</source>
        <translation>Environ %1 assistant(e)s maternel(le)s, relais et MAM fictifs dans des communes réelles, pour découvrir le logiciel ou former des collègues. Ne les mélangez jamais avec des données réelles.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Creating the demonstration data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <source>The demonstration data could not be created</source>
        <translation>Les données de démonstration n&apos;ont pas pu être créées</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Base de données vide</translation>
    </message>
    <message>
        <source>The database was created without demonstration data.</source>
        <translation>La base de données a été créée sans données de démonstration.</translation>
    </message>
    <message>
        <source>Demonstration accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>Sign in with one of these accounts (login / password):

%1

« coordination » can do everything, including managing users.</source>
        <translation>Connectez-vous avec l’un de ces comptes (identifiant / mot de passe) :

%1

« coordination » peut tout faire, y compris gérer les utilisateurs.</translation>
    </message>
</context>
<context>
    <name>parcours::FunnelTab</name>
    <message>
        <source>One colour per channel</source>
        <translation>Une couleur par canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>First contact from:</source>
        <translation>Premier contact du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>From the previous stage</source>
        <translation>Depuis l&apos;étape précédente</translation>
    </message>
    <message>
        <source>Of all prospects</source>
        <translation>Sur l&apos;ensemble des prospects</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s), of whom %1 dropped out.</source>
        <translation>
            <numerusform>%n prospect, dont %1 abandon(s).</numerusform>
            <numerusform>%n prospects, dont %1 abandon(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::HistoryTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old → new value</source>
        <translation>Ancienne → nouvelle valeur</translation>
    </message>
    <message>
        <source>The history starts when the record is first saved.</source>
        <translation>L’historique commence au premier enregistrement de la fiche.</translation>
    </message>
    <message>
        <source>Changes and accesses recorded: %1.</source>
        <translation>Modifications et consultations enregistrées : %1.</translation>
    </message>
    <message>
        <source>(values removed by an anonymisation)</source>
        <translation>(valeurs supprimées par une anonymisation)</translation>
    </message>
</context>
<context>
    <name>parcours::ImmersionDialog</name>
    <message>
        <source>Add an immersion (PMSMP)</source>
        <translation>Ajouter une immersion (PMSMP)</translation>
    </message>
    <message>
        <source>Edit an immersion (PMSMP)</source>
        <translation>Modifier une immersion (PMSMP)</translation>
    </message>
    <message>
        <source>Crèche, MAM, childminder who hosts her…</source>
        <translation>Crèche, MAM, assistante maternelle qui l&apos;accueille…</translation>
    </message>
    <message>
        <source>No, a new immersion</source>
        <translation>Non, une nouvelle immersion</translation>
    </message>
    <message>
        <source>Renews %1, %2 to %3</source>
        <translation>Renouvelle %1, du %2 au %3</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Structure d&apos;accueil :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Renewal:</source>
        <translation>&amp;Renouvellement :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>parcours::ImportDryRunPage</name>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l&apos;import</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Read the rejected lines: you can fix them in the file and import it again later, it will not create duplicates.</source>
        <translation>Rien n&apos;a encore été enregistré. Lisez les lignes rejetées : vous pourrez les corriger dans le fichier et l&apos;importer de nouveau plus tard, sans créer de doublons.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The check did not finish. Go back to change the file or the columns, or cancel.</source>
        <translation>La vérification n&apos;est pas allée jusqu&apos;au bout. Revenez en arrière pour changer de fichier ou modifier les colonnes, ou annulez l&apos;import.</translation>
    </message>
    <message>
        <source>This list changes nothing in the register.</source>
        <translation>Cette liste ne modifie rien dans le registre.</translation>
    </message>
    <message>
        <source>Click “Import” to apply these changes in one go.</source>
        <translation>Cliquez sur « Importer » pour appliquer toutes ces modifications en une seule fois.</translation>
    </message>
</context>
<context>
    <name>parcours::ImportFilePage</name>
    <message>
        <source>Choose the list sent by the PMI service</source>
        <translation>Choisir la liste envoyée par le service de PMI</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel (“CSV (separator: semicolon)” or “CSV UTF-8”).</source>
        <translation>Un fichier CSV enregistré depuis Excel (« CSV (séparateur: point-virgule) » ou « CSV UTF-8 »).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the PMI list</source>
        <translation>Choisir la liste de la PMI</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing is written before the last step: you will first see the columns recognised and what the import would change. An Excel workbook (.xlsx) must first be saved as CSV from Excel (File &gt; Save as).</source>
        <translation>Rien n&apos;est enregistré avant la dernière étape : vous verrez d&apos;abord les colonnes reconnues et ce que l&apos;import modifierait. Un classeur Excel (.xlsx) doit d&apos;abord être enregistré au format CSV depuis Excel (Fichier &gt; Enregistrer sous).</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
</context>
<context>
    <name>parcours::ImportMappingPage</name>
    <message>
        <source>semicolon (;)</source>
        <translation>point-virgule (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>virgule (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <source>For each column, choose what it holds. Columns highlighted in yellow were not recognised.</source>
        <translation>Pour chaque colonne, choisissez ce qu&apos;elle contient. Les colonnes surlignées en jaune n&apos;ont pas été reconnues.</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 — separator: %2 — %Ln line(s) of data</source>
        <translation>
            <numerusform>Encodage : %1 — séparateur : %2 — %Ln ligne de données</numerusform>
            <numerusform>Encodage : %1 — séparateur : %2 — %Ln lignes de données</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <source>This title was not recognised: choose what the column holds.</source>
        <translation>Ce titre n&apos;a pas été reconnu : choisissez ce que contient la colonne.</translation>
    </message>
    <message>
        <source>All the column titles were recognised.</source>
        <translation>Tous les titres de colonnes ont été reconnus.</translation>
    </message>
    <message>
        <source>Not recognised: %1.</source>
        <translation>Titres non reconnus : %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ImportReportView</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <source>%n new childminder(s)</source>
        <translation>
            <numerusform>%n nouveau dossier</numerusform>
            <numerusform>%n nouveaux dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) updated</source>
        <translation>
            <numerusform>%n dossier mis à jour</numerusform>
            <numerusform>%n dossiers mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) unchanged</source>
        <translation>
            <numerusform>%n dossier inchangé</numerusform>
            <numerusform>%n dossiers inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n ligne rejetée</numerusform>
            <numerusform>%n lignes rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working childminder(s) on file are not on this list. Nothing was deleted: check whether they stopped.</source>
        <translation>
            <numerusform>%n assistant(e) maternel(le) en activité dans le registre ne figure pas sur cette liste. Rien n&apos;a été supprimé : vérifiez si la personne a cessé son activité.</numerusform>
            <numerusform>%n assistant(e)s maternel(le)s en activité dans le registre ne figurent pas sur cette liste. Rien n&apos;a été supprimé : vérifiez si ces personnes ont cessé leur activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Imported, to check</source>
        <translation>Importée, à vérifier</translation>
    </message>
</context>
<context>
    <name>parcours::ImportResultPage</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>The list was imported.</source>
        <translation>La liste a été importée.</translation>
    </message>
    <message>
        <source>The list was not imported; the register is as it was.</source>
        <translation>La liste n&apos;a pas été importée ; le registre est resté inchangé.</translation>
    </message>
</context>
<context>
    <name>parcours::ImportWizard</name>
    <message>
        <source>Import a PMI list</source>
        <translation>Importer une liste de la PMI</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Reading the list and comparing it with the register…</source>
        <translation>Lecture de la liste et comparaison avec le registre…</translation>
    </message>
    <message>
        <source>Importing the list… Cancel undoes everything.</source>
        <translation>Import de la liste en cours… « Annuler » annule l&apos;ensemble de l&apos;import.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>The import was cancelled: the register was not changed.</source>
        <translation>L&apos;import a été annulé : le registre n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>The register was not changed.</source>
        <translation>Le registre n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file %1 has changed since it was read: its columns are no longer the same. Go back to the first page and choose it again.</source>
        <translation>Le fichier %1 a changé depuis sa lecture : ses colonnes ne sont plus les mêmes. Revenez à la première étape et choisissez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>parcours::IsolationWatchTab</name>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolées</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En activité</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>Double-click to open her file.</source>
        <translation>Double-cliquez pour ouvrir sa fiche.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Counting isolated childminders…</source>
        <translation>Décompte des assistant(e)s maternel(le)s isolé(e)s…</translation>
    </message>
    <message>
        <source>Isolation watch</source>
        <translation>Veille isolement</translation>
    </message>
    <message numerus="yes">
        <source>Working childminders with no collective activity, no participation in their RPE and no completed exchange since %1 (%n month(s)).</source>
        <translation>
            <numerusform>Assistant(e)s maternel(le)s en activité sans activité collective, sans participation à leur RPE et sans échange abouti depuis le %1 (%n mois).</numerusform>
            <numerusform>Assistant(e)s maternel(le)s en activité sans activité collective, sans participation à leur RPE et sans échange abouti depuis le %1 (%n mois).</numerusform>
        </translation>
    </message>
    <message>
        <source>No RPE</source>
        <translation>Sans RPE</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No working childminder on the register.</source>
        <translation>Aucun(e) assistant(e) maternel(le) en activité au fichier.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n isolated childminder(s)</source>
        <translation>
            <numerusform>%1 sur %n assistante(s) maternelle(s) isolée(s)</numerusform>
            <numerusform>%1 sur %n assistante(s) maternelle(s) isolée(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::LoginDialog</name>
    <message>
        <source>Sign in — Parcours Pro</source>
        <translation>Connexion — Parcours Pro</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Patientez %n s</numerusform>
            <numerusform>Patientez %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
</context>
<context>
    <name>parcours::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Childminders</source>
        <translation>Assistant(e)s maternel(le)s</translation>
    </message>
    <message>
        <source>Relays (RPE)</source>
        <translation>Relais (RPE)</translation>
    </message>
    <message>
        <source>MAM</source>
        <translation>MAM</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>New &amp;childminder…</source>
        <translation>Nouvel(le) &amp;assistant(e) maternel(le)…</translation>
    </message>
    <message>
        <source>&amp;Find a childminder</source>
        <translation>&amp;Rechercher un(e) assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>&amp;Import a PMI list…</source>
        <translation>&amp;Importer une liste de la PMI…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Parcours Pro</source>
        <translation>À &amp;propos de Parcours Pro</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>temporary database</source>
        <translation>base de données temporaire</translation>
    </message>
    <message>
        <source>%1 — Parcours Pro</source>
        <translation>%1 — Parcours Pro</translation>
    </message>
    <message>
        <source>Database: in memory (nothing is kept on disk)</source>
        <translation>Base de données : en mémoire (rien n&apos;est conservé sur le disque)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>About Parcours Pro</source>
        <translation>À propos de Parcours Pro</translation>
    </message>
    <message>
        <source>Parcours Pro %1

Follow-up of licensed childminders for the “Parcours Pro Petite Enfance” programme.

Reference data on communes, postal codes and intercommunalities: “Découpage administratif”, Etalab, MIT licence.
Built with Qt %2 (LGPL v3).</source>
        <translation>Parcours Pro %1

Suivi des assistant(e)s maternel(le)s agréé(e)s pour le programme « Parcours Pro Petite Enfance ».

Données de référence sur les communes, les codes postaux et les intercommunalités : « Découpage administratif », Etalab, licence MIT.
Réalisé avec Qt %2 (LGPL v3).</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Data &amp;retention…</source>
        <translation>&amp;Conservation des données…</translation>
    </message>
    <message>
        <source>C&amp;hange my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>Open a &amp;shared server…</source>
        <translation>Ouvrir un &amp;serveur partagé…</translation>
    </message>
    <message>
        <source>%1 on %2 — Parcours Pro</source>
        <translation>%1 sur %2 — Parcours Pro</translation>
    </message>
    <message>
        <source>Database: shared server %1</source>
        <translation>Base de données : serveur partagé %1</translation>
    </message>
</context>
<context>
    <name>parcours::MamEditor</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Childminder</source>
        <translation>Assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Arrivée le</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Départ le</translation>
    </message>
    <message>
        <source>Dates as dd/mm/yyyy. When a member leaves, fill in the date she left rather than removing her.</source>
        <translation>Dates au format jj/mm/aaaa. Lorsqu&apos;un membre quitte la MAM, saisissez sa date de départ plutôt que de le retirer de la liste.</translation>
    </message>
    <message>
        <source>New MAM</source>
        <translation>Nouvelle MAM</translation>
    </message>
    <message>
        <source>MAM — %1</source>
        <translation>MAM — %1</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (dd/mm/yyyy).</source>
        <translation>%1 : « %2 » n&apos;est pas une date (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>The MAM was not saved</source>
        <translation>La MAM n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>This MAM has changes that are not saved. Save them before closing?</source>
        <translation>Cette MAM comporte des modifications non enregistrées. Voulez-vous les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Postal code, commune:</source>
        <translation>&amp;Code postal, commune :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Add a &amp;member…</source>
        <translation>Ajouter un &amp;membre…</translation>
    </message>
    <message>
        <source>&amp;Remove (entered by mistake)</source>
        <translation>&amp;Retirer (saisi par erreur)</translation>
    </message>
</context>
<context>
    <name>parcours::MamListPage</name>
    <message>
        <source>MAM (Maisons d&apos;Assistants Maternels)</source>
        <translation>MAM (Maisons d&apos;Assistants Maternels)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;New MAM</source>
        <translation>&amp;Nouvelle MAM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Members today</source>
        <translation>Membres à ce jour</translation>
    </message>
    <message>
        <source>Places today</source>
        <translation>Places à ce jour</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>parcours::MamSupportDialog</name>
    <message>
        <source>MAM support action</source>
        <translation>Action d&apos;accompagnement de la MAM</translation>
    </message>
    <message>
        <source>New MAM support action</source>
        <translation>Nouvelle action d&apos;accompagnement de la MAM</translation>
    </message>
    <message>
        <source>One document per line (name or place on the shared drive)</source>
        <translation>Un document par ligne (nom ou emplacement sur le partage)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>&amp;Commencée le :</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation>Ter&amp;minée le :</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>D&amp;ocuments :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the dates as dd/mm/yyyy.</source>
        <translation>Saisissez les dates au format jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>parcours::MamSupportPanel</name>
    <message>
        <source>Support</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>New ac&amp;tion…</source>
        <translation>Nouvelle ac&amp;tion…</translation>
    </message>
    <message>
        <source>Op&amp;en…</source>
        <translation>Ou&amp;vrir…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Each action is saved as soon as its own window is saved.</source>
        <translation>Chaque action est enregistrée dès que sa propre fenêtre est enregistrée.</translation>
    </message>
    <message>
        <source>Save the MAM first, then record the support given to it.</source>
        <translation>Enregistrez d&apos;abord la MAM, puis l&apos;accompagnement qui lui est apporté.</translation>
    </message>
    <message>
        <source>Delete the support action</source>
        <translation>Supprimer l&apos;action d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Supprimer « %1 » ? Cette opération est définitive.</translation>
    </message>
</context>
<context>
    <name>parcours::MultipleChoiceEditor</name>
    <message>
        <source>Other:</source>
        <translation>Autre :</translation>
    </message>
</context>
<context>
    <name>parcours::NewPasswordFields</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>parcours::PagerBar</name>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; Précédents</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Suivants &gt;</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
</context>
<context>
    <name>parcours::PartnerEditor</name>
    <message>
        <source>Active partner</source>
        <translation>Partenaire actif</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;internet :</translation>
    </message>
    <message>
        <source>&amp;RPE:</source>
        <translation>&amp;RPE :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Personnes à contacter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Ajouter une &amp;personne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>parcours::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Search a name or a commune</source>
        <translation>Rechercher un nom ou une commune</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation>&amp;Nouveau partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>Plus actif</translation>
    </message>
</context>
<context>
    <name>parcours::PasswordMeter</name>
    <message>
        <source>%1 bits of the 80 required</source>
        <translation>%1 bits sur les 80 requis</translation>
    </message>
    <message>
        <source>This password is strong enough.</source>
        <translation>Ce mot de passe est assez robuste.</translation>
    </message>
    <message>
        <source>At least 12 characters mixing lower-case letters, capitals, digits and symbols, 14 characters of three of these kinds, or a passphrase of 7 words.</source>
        <translation>Au moins 12 caractères mêlant minuscules, majuscules, chiffres et symboles, 14 caractères de trois de ces sortes, ou une phrase de passe de 7 mots.</translation>
    </message>
</context>
<context>
    <name>parcours::PromotionActionEditor</name>
    <message>
        <source>Promotion action</source>
        <translation>Action de promotion</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Public :</translation>
    </message>
    <message>
        <source>&amp;RPE:</source>
        <translation>&amp;RPE :</translation>
    </message>
    <message>
        <source>Pa&amp;rtners taking part:</source>
        <translation>Pa&amp;rtenaires associés :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Prospects met at this action: %1</source>
        <translation>Prospects rencontrés lors de cette action : %1</translation>
    </message>
</context>
<context>
    <name>parcours::PromotionActionsTab</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nouvelle action</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
</context>
<context>
    <name>parcours::PromotionPage</name>
    <message>
        <source>Promotion of the profession</source>
        <translation>Promotion du métier</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
</context>
<context>
    <name>parcours::ProspectEditor</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Her details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code p&amp;ostal :</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>How she &amp;heard of the job:</source>
        <translation>Comment le &amp;métier a été connu :</translation>
    </message>
    <message>
        <source>Promotion a&amp;ction:</source>
        <translation>A&amp;ction de promotion :</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>O&amp;rienté(e) par :</translation>
    </message>
    <message>
        <source>First &amp;contact:</source>
        <translation>Premier &amp;contact :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>Her way to the profession</source>
        <translation>Parcours vers le métier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>Why she drops out</source>
        <translation>Motif de l&apos;abandon</translation>
    </message>
    <message>
        <source>&amp;Drop out…</source>
        <translation>&amp;Abandon…</translation>
    </message>
    <message>
        <source>Create the &amp;childminder record</source>
        <translation>Créer la &amp;fiche d&apos;assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>Date of the stage:</source>
        <translation>Date de l&apos;étape :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – childminder record created</source>
        <translation>%1 – fiche assistant(e) maternel(le) créée</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Étape actuelle : %1</translation>
    </message>
    <message>
        <source>Save her details first.</source>
        <translation>Enregistrez d&apos;abord les coordonnées.</translation>
    </message>
    <message>
        <source>Record « %1 »</source>
        <translation>Enregistrer « %1 »</translation>
    </message>
    <message>
        <source>Enter the date of the stage (dd/mm/yyyy).</source>
        <translation>Saisissez la date de l&apos;étape (jj/mm/aaaa).</translation>
    </message>
    <message numerus="yes">
        <source>Her childminder record was created; %n training or immersion record(s) moved onto it.</source>
        <translation>
            <numerusform>La fiche assistant(e) maternel(le) a été créée ; %n inscription ou immersion y a été rattachée.</numerusform>
            <numerusform>La fiche assistant(e) maternel(le) a été créée ; %n inscriptions ou immersions y ont été rattachées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ProspectsTab</name>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Search a name, commune, email or phone</source>
        <translation>Rechercher un nom, une commune, un e-mail ou un téléphone</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;New prospect</source>
        <translation>&amp;Nouveau prospect</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>%1 (in the register)</source>
        <translation>%1 (au registre)</translation>
    </message>
</context>
<context>
    <name>parcours::QualificationDialog</name>
    <message>
        <source>Add a result</source>
        <translation>Ajouter un résultat</translation>
    </message>
    <message>
        <source>Edit a result</source>
        <translation>Modifier un résultat</translation>
    </message>
    <message>
        <source>Name of the diploma, session, centre…</source>
        <translation>Nom du diplôme, session, centre…</translation>
    </message>
    <message>
        <source>&amp;Test or diploma:</source>
        <translation>É&amp;preuve ou diplôme :</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>parcours::QuestionEditor</name>
    <message>
        <source>Other: specify</source>
        <translation>Autre : précisez</translation>
    </message>
</context>
<context>
    <name>parcours::QuestionnaireForm</name>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>other: %1</source>
        <translation>autre : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>Une réponse est obligatoire.</translation>
    </message>
    <message>
        <source>Last year: no answer</source>
        <translation>L&apos;an dernier : sans réponse</translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation>L&apos;an dernier : %1</translation>
    </message>
</context>
<context>
    <name>parcours::RelayEditor</name>
    <message>
        <source>e.g. Communauté de communes, commune, association</source>
        <translation>ex. : communauté de communes, commune, association</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Territory: intercommunalities served</source>
        <translation>Territoire : intercommunalités desservies</translation>
    </message>
    <message>
        <source>Staff contacts</source>
        <translation>Contacts de l&apos;équipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>New relay</source>
        <translation>Nouveau relais</translation>
    </message>
    <message>
        <source>Relay — %1</source>
        <translation>Relais — %1</translation>
    </message>
    <message numerus="yes">
        <source>Also serves %n commune(s) chosen one by one.</source>
        <translation>
            <numerusform>Dessert aussi %n commune choisie individuellement.</numerusform>
            <numerusform>Dessert aussi %n communes choisies individuellement.</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay was not saved</source>
        <translation>Le relais n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>This relay has changes that are not saved. Save them before closing?</source>
        <translation>Ce relais comporte des modifications non enregistrées. Voulez-vous les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Managing body:</source>
        <translation>&amp;Organisme gestionnaire :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Ajouter une &amp;personne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>parcours::RelayListPage</name>
    <message>
        <source>Relays (RPE)</source>
        <translation>Relais (RPE)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;New relay</source>
        <translation>&amp;Nouveau relais</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Managing body</source>
        <translation>Organisme gestionnaire</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message numerus="yes">
        <source>%n other commune(s)</source>
        <translation>
            <numerusform>%n autre commune</numerusform>
            <numerusform>%n autres communes</numerusform>
        </translation>
    </message>
    <message>
        <source>No territory yet</source>
        <translation>Territoire pas encore défini</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>parcours::ResponseFormDialog</name>
    <message>
        <source>The campaign&apos;s questionnaire cannot be found in the database.</source>
        <translation>Le questionnaire de la campagne est introuvable dans la base.</translation>
    </message>
    <message>
        <source>%1 survey — %2</source>
        <translation>Enquête %1 — %2</translation>
    </message>
    <message>
        <source>%1 — correcting her %2 response</source>
        <translation>%1 — correction de la réponse %2</translation>
    </message>
    <message>
        <source>%1 — %2 survey</source>
        <translation>%1 — enquête %2</translation>
    </message>
    <message>
        <source>Tab: next question · 1 to 9: choose an option · Space: tick a box · Ctrl+Enter: save · Escape: cancel</source>
        <translation>Tab : question suivante · 1 à 9 : choisir une réponse · Espace : cocher une case · Ctrl+Entrée : enregistrer · Échap : annuler</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Entered by:</source>
        <translation>&amp;Saisie par :</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the date of the response.</source>
        <translation>Saisissez la date de la réponse.</translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, for example 15/03/2027.</source>
        <translation>Saisissez la date au format jj/mm/aaaa, par exemple 15/03/2027.</translation>
    </message>
    <message>
        <source>Enter who typed the response.</source>
        <translation>Indiquez qui saisit la réponse.</translation>
    </message>
    <message>
        <source>The response was not saved</source>
        <translation>La réponse n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>The response was not saved: correct the questions marked in red.</source>
        <translation>La réponse n&apos;a pas été enregistrée : corrigez les questions signalées en rouge.</translation>
    </message>
    <message>
        <source>Response saved.</source>
        <translation>Réponse enregistrée.</translation>
    </message>
    <message>
        <source>Save the answers typed for this response?</source>
        <translation>Enregistrer les réponses saisies ?</translation>
    </message>
</context>
<context>
    <name>parcours::ResponseImportDialog</name>
    <message>
        <source>Replace responses already typed by the staff</source>
        <translation>Remplacer les réponses déjà saisies par l&apos;équipe</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import LimeSurvey responses — survey %1</source>
        <translation>Importer des réponses LimeSurvey — enquête %1</translation>
    </message>
    <message>
        <source>LimeSurvey export, CSV format</source>
        <translation>Export LimeSurvey au format CSV</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>token (LimeSurvey&apos;s own column)</source>
        <translation>token (colonne propre à LimeSurvey)</translation>
    </message>
    <message>
        <source>For an anonymous survey, the code of the question where people typed their reference code.</source>
        <translation>Pour une enquête anonyme, le code de la question où les personnes ont saisi leur code de référence.</translation>
    </message>
    <message>
        <source>Choose the file: a dry run then shows what would be imported, before anything is stored.</source>
        <translation>Choisissez le fichier : une simulation montre alors ce qui serait importé, avant tout enregistrement.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Code de référence</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Reference code column:</source>
        <translation>Colonne du code de référence :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import LimeSurvey responses</source>
        <translation>Importer des réponses LimeSurvey</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the responses…</source>
        <translation>Lecture des réponses…</translation>
    </message>
    <message>
        <source>Importing the responses…</source>
        <translation>Import des réponses…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was stored.</source>
        <translation>L&apos;import a été annulé : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Dry run — nothing has been stored yet.</source>
        <translation>Simulation — rien n&apos;est encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n new response(s) would be imported</source>
        <translation>
            <numerusform>%n nouvelle réponse serait importée</numerusform>
            <numerusform>%n nouvelles réponses seraient importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would replace an earlier one</source>
        <translation>
            <numerusform>%n remplacerait une réponse antérieure</numerusform>
            <numerusform>%n remplaceraient une réponse antérieure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) would be created.</source>
        <translation>
            <numerusform>%n suivi serait créé.</numerusform>
            <numerusform>%n suivis seraient créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new response(s) imported</source>
        <translation>
            <numerusform>%n nouvelle réponse importée</numerusform>
            <numerusform>%n nouvelles réponses importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced an earlier one</source>
        <translation>
            <numerusform>%n a remplacé une réponse antérieure</numerusform>
            <numerusform>%n ont remplacé une réponse antérieure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) created for the coordinators.</source>
        <translation>
            <numerusform>%n suivi créé pour les coordinatrices.</numerusform>
            <numerusform>%n suivis créés pour les coordinatrices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n ligne rejetée</numerusform>
            <numerusform>%n lignes rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (she already has a response)</source>
        <translation>
            <numerusform>%n ignorée (réponse déjà enregistrée)</numerusform>
            <numerusform>%n ignorées (réponse déjà enregistrée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier answer(s) of people who answered twice</source>
        <translation>
            <numerusform>%n réponse antérieure d&apos;une personne ayant répondu deux fois</numerusform>
            <numerusform>%n réponses antérieures de personnes ayant répondu deux fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) ignored.</source>
        <translation>
            <numerusform>%n colonne ignorée.</numerusform>
            <numerusform>%n colonnes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the lines below, then press « Import ».</source>
        <translation>Vérifiez les lignes ci-dessous, puis cliquez sur « Importer ».</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Answered twice</source>
        <translation>A répondu deux fois</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Column ignored</source>
        <translation>Colonne ignorée</translation>
    </message>
</context>
<context>
    <name>parcours::RetentionJobDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Conservation des données</translation>
    </message>
    <message>
        <source>The retention rules (Tools &gt; Settings) say how long personal data is kept. Below is what they make due today; nothing changes until you apply it.</source>
        <translation>Les règles de conservation (Outils &gt; Réglages) fixent la durée de conservation des données personnelles. Voici ce qu&apos;elles rendent exigible aujourd&apos;hui ; rien ne change tant que vous n&apos;appliquez pas.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Childminders to anonymise (file numbers): %1</source>
        <translation>Assistant(e)s maternel(le)s à anonymiser (n° de fiche) : %1</translation>
    </message>
    <message>
        <source>Prospects to delete (numbers): %1</source>
        <translation>Prospects à supprimer (n°) : %1</translation>
    </message>
    <message>
        <source>Contacts whose notes will be emptied (numbers): %1</source>
        <translation>Contacts dont les notes seront vidées (n°) : %1</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Rien n&apos;est exigible aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Apply the retention rules now? The people listed are anonymised, the prospects deleted and the contact notes emptied. This cannot be undone.</source>
        <translation>Appliquer les règles de conservation maintenant ? Les personnes listées seront anonymisées, les prospects supprimés et les notes de contact vidées. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Done: %1 childminder(s) anonymised, %2 prospect(s) deleted, %3 contact note(s) emptied.</source>
        <translation>Terminé : %1 assistant(e)(s) maternel(le)(s) anonymisé(e)(s), %2 prospect(s) supprimé(s), %3 note(s) de contact vidée(s).</translation>
    </message>
</context>
<context>
    <name>parcours::RuleSettingsForm</name>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> places</source>
        <translation> places</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>The figures the rules use, with the defaults of the law as known in November 2026. Change them only when the law or your département&apos;s practice changes.</source>
        <translation>Les valeurs qu&apos;appliquent les règles, avec les valeurs par défaut de la réglementation connue en novembre 2026. Ne les modifiez que si la loi ou la pratique de votre département change.</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>parcours::SendingDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, for example 15/03/2027.</source>
        <translation>Saisissez la date au format jj/mm/aaaa, par exemple 15/03/2027.</translation>
    </message>
</context>
<context>
    <name>parcours::ServerConnectionDialog</name>
    <message>
        <source>Open a shared server</source>
        <translation>Ouvrir un serveur partagé</translation>
    </message>
    <message>
        <source>When several people work at the same time, the database lives on a PostgreSQL server. Your IT department gives you these settings.</source>
        <translation>Quand plusieurs personnes travaillent en même temps, la base est sur un serveur PostgreSQL. Votre service informatique vous donne ces réglages.</translation>
    </message>
    <message>
        <source>empty: the password saved in ~/.pgpass</source>
        <translation>vide : le mot de passe enregistré dans ~/.pgpass</translation>
    </message>
    <message>
        <source>Encrypted when the server allows it</source>
        <translation>Chiffré si le serveur le permet</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Toujours chiffré</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>Not encrypted (local network only)</source>
        <translation>Non chiffré (réseau local uniquement)</translation>
    </message>
    <message>
        <source>Open this server every time Parcours Pro starts</source>
        <translation>Ouvrir ce serveur à chaque démarrage de Parcours Pro</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connection works: %1.</source>
        <translation>La connexion fonctionne : %1.</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>La connexion a échoué : %1.</translation>
    </message>
</context>
<context>
    <name>parcours::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Printed on the invitation letters and the survey summaries.</source>
        <translation>Imprimé sur les lettres d&apos;invitation et les synthèses d&apos;enquête.</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Nom du service :</translation>
    </message>
    <message>
        <source>Département:</source>
        <translation>Département :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Online questionnaire address:</source>
        <translation>Adresse du questionnaire en ligne :</translation>
    </message>
    <message>
        <source>Signatory:</source>
        <translation>Signataire :</translation>
    </message>
    <message>
        <source>Signatory&apos;s title:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Reminders of the annual survey: how many a childminder may receive after her invitation, and how long to wait between two.</source>
        <translation>Relances de l&apos;enquête annuelle : combien un(e) assistant(e) maternel(le) peut en recevoir après l&apos;invitation, et le délai à respecter entre deux.</translation>
    </message>
    <message>
        <source>Maximum number of reminders:</source>
        <translation>Nombre maximal de relances :</translation>
    </message>
    <message>
        <source>Minimum delay between two reminders:</source>
        <translation>Délai minimal entre deux relances :</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the name of the service: it heads every letter.</source>
        <translation>Saisissez le nom du service : il figure en tête de chaque lettre.</translation>
    </message>
    <message>
        <source>The postal code must have five digits (e.g. 55100).</source>
        <translation>Le code postal doit comporter cinq chiffres (par exemple 55100).</translation>
    </message>
    <message>
        <source>The email address does not look valid (e.g. rpe@meuse.fr).</source>
        <translation>L&apos;adresse électronique ne semble pas valide (par exemple rpe@meuse.fr).</translation>
    </message>
    <message>
        <source>The online questionnaire address must be a web address starting with https:// (as printed on the letters).</source>
        <translation>L&apos;adresse du questionnaire en ligne doit être une adresse web commençant par https:// (telle qu&apos;imprimée sur les lettres).</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
</context>
<context>
    <name>parcours::SingleChoiceEditor</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>parcours::TextAnswerEditor</name>
    <message>
        <source>Enter the date as dd/mm/yyyy, for example 15/03/2027.</source>
        <translation>Saisissez la date au format jj/mm/aaaa, par exemple 15/03/2027.</translation>
    </message>
</context>
<context>
    <name>parcours::TimelineTab</name>
    <message>
        <source>&amp;Print the file…</source>
        <translation>&amp;Imprimer la fiche…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Save her file first: her timeline starts with her first record.</source>
        <translation>Enregistrez d&apos;abord sa fiche : sa chronologie commence avec son premier enregistrement.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The %1 most recent lines are shown; the printed file has them all.</source>
        <translation>Les %1 lignes les plus récentes sont affichées ; la fiche imprimée les contient toutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne(s)</numerusform>
            <numerusform>%n ligne(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the file</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>file-%1.pdf</source>
        <translation>fiche-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>File written to %1.</source>
        <translation>Fiche écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>parcours::TrainingAreaPage</name>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>Collective &amp;activities</source>
        <translation>&amp;Activités collectives</translation>
    </message>
    <message>
        <source>&amp;Isolation watch</source>
        <translation>&amp;Veille isolement</translation>
    </message>
</context>
<context>
    <name>parcours::TrainingCatalogueTab</name>
    <message>
        <source>Show &amp;withdrawn courses</source>
        <translation>Afficher les formations &amp;retirées</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nouvelle formation…</translation>
    </message>
    <message>
        <source>&amp;Edit course…</source>
        <translation>&amp;Modifier la formation…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>%1 courses, the first %2 shown.</source>
        <translation>%1 formations, les %2 premières affichées.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n formation</numerusform>
            <numerusform>%n formations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::TrainingCourseDialog</name>
    <message>
        <source>&amp;Offered (uncheck to withdraw it)</source>
        <translation>&amp;Proposée (décocher pour la retirer)</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nouvelle formation</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>Modifier la formation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>parcours::TrainingSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <source>(choose a course)</source>
        <translation>(choisir une formation)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>(no relay)</source>
        <translation>(aucun relais)</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Formation :</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour :</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour :</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>Nom&amp;bre de places :</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;RPE:</source>
        <translation>&amp;RPE :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>This is not a date: type it as dd/mm/yyyy.</source>
        <translation>Ce n&apos;est pas une date : saisissez-la sous la forme jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>parcours::TrainingSessionsTab</name>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>Heures effectuées</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;Modifier la session…</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Personnes inscrites</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Inscrire…</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours done, recorded with « Attended »</source>
        <translation>Heures effectuées, enregistrées avec « Présent(e) »</translation>
    </message>
    <message>
        <source>&amp;Attended</source>
        <translation>&amp;Présent(e)</translation>
    </message>
    <message>
        <source>Certificate &amp;received</source>
        <translation>&amp;Attestation reçue</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>a&amp;u :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sans limite)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n wish(es)</source>
        <translation>
            <numerusform>%1, %n souhait</numerusform>
            <numerusform>%1, %n souhaits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sessions, the first %2 shown: narrow the period.</source>
        <translation>%1 sessions, les %2 premières affichées : réduisez la période.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n place restante</numerusform>
            <numerusform>%n places restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit of places</source>
        <translation>places sans limite</translation>
    </message>
    <message>
        <source>%1, %2 – %3: %4</source>
        <translation>%1, %2 – %3 : %4</translation>
    </message>
    <message>
        <source>Choose a session above to see who is on its list.</source>
        <translation>Choisissez une session ci-dessus pour voir les personnes inscrites.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Enrol a childminder</source>
        <translation>Inscrire un(e) assistant(e) maternel(le)</translation>
    </message>
    <message>
        <source>Session full</source>
        <translation>Session complète</translation>
    </message>
    <message>
        <source>The session is full. Record a wish for %1 instead?</source>
        <translation>La session est complète. Enregistrer plutôt un souhait pour %1 ?</translation>
    </message>
    <message>
        <source>Why (%1)? This reason is kept with the enrolment.</source>
        <translation>Pour quel motif (%1) ? Il est conservé avec l&apos;inscription.</translation>
    </message>
</context>
<context>
    <name>parcours::UserEditDialog</name>
    <message>
        <source>New user account</source>
        <translation>Nouveau compte utilisateur</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
<context>
    <name>parcours::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>&amp;Rôle…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n essai(s) infructueux</numerusform>
            <numerusform>%n essai(s) infructueux</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
</context>
</TS>
