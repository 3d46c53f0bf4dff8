<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountField</name>
    <message>
        <source>G…  (56 characters)</source>
        <translation>G…  (56 caractères)</translation>
    </message>
    <message>
        <source>Refused: {warning}.</source>
        <translation>Refusé : {warning}.</translation>
    </message>
    <message>
        <source>Looking the account up on {where}…</source>
        <translation>Recherche du compte sur {where}…</translation>
    </message>
    <message>
        <source>Could not reach Horizon</source>
        <translation>Impossible de joindre Horizon</translation>
    </message>
    <message>
        <source>{error}. You can continue; posapp checks the account again when it starts.</source>
        <translation>{error}. Vous pouvez continuer ; posapp vérifiera à nouveau le compte au démarrage.</translation>
    </message>
    <message>
        <source>Account not found on this network</source>
        <translation>Compte introuvable sur ce réseau</translation>
    </message>
    <message>
        <source>Account exists ({balance} XLM)</source>
        <translation>Le compte existe ({balance} XLM)</translation>
    </message>
    <message>
        <source>Account exists</source>
        <translation>Le compte existe</translation>
    </message>
    <message>
        <source>USDC trustline in place</source>
        <translation>Ligne de confiance USDC en place</translation>
    </message>
    <message>
        <source>Circle&apos;s USDC ({issuer})</source>
        <translation>USDC de Circle ({issuer})</translation>
    </message>
    <message>
        <source>Memo required (SEP-29)</source>
        <translation>Mémo obligatoire (SEP-29)</translation>
    </message>
    <message>
        <source>Wallets must send a memo to this account. Fine: posapp puts one in every payment request.</source>
        <translation>Les portefeuilles doivent envoyer un mémo à ce compte. Aucun problème : posapp en ajoute un à chaque demande de paiement.</translation>
    </message>
    <message>
        <source>No memo requirement</source>
        <translation>Pas de mémo obligatoire</translation>
    </message>
    <message>
        <source>No USDC trustline — customers&apos; payments would fail</source>
        <translation>Pas de ligne de confiance USDC — les paiements des clients échoueraient</translation>
    </message>
    <message>
        <source>USDC trustline not authorized</source>
        <translation>Ligne de confiance USDC non autorisée</translation>
    </message>
    <message>
        <source>USDC trustline is full</source>
        <translation>Ligne de confiance USDC pleine</translation>
    </message>
    <message>
        <source>USDC from another issuer</source>
        <translation>USDC d&apos;un autre émetteur</translation>
    </message>
    <message>
        <source>Check this</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your shop&apos;s Stellar account</source>
        <translation>Le compte Stellar de votre boutique</translation>
    </message>
    <message>
        <source>Paste the public address (it starts with G) of the account customers pay. Never enter a secret key (it starts with S).</source>
        <translation>Collez l&apos;adresse publique (elle commence par G) du compte que les clients paient. Ne saisissez jamais de clé secrète (elle commence par S).</translation>
    </message>
    <message>
        <source>Check account</source>
        <translation>Vérifier le compte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account address&lt;/b&gt;</source>
        <translation>&lt;b&gt;Adresse du compte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the public network</source>
        <translation>le réseau public</translation>
    </message>
    <message>
        <source>testnet</source>
        <translation>le réseau de test</translation>
    </message>
    <message>
        <source>Create the account first, then press Check account again.</source>
        <translation>Créez d&apos;abord le compte, puis appuyez à nouveau sur Vérifier le compte.</translation>
    </message>
    <message>
        <source>You can continue and fix this later, but payments cannot arrive until it is fixed. Press Next to continue.</source>
        <translation>Vous pouvez continuer et corriger cela plus tard, mais aucun paiement ne pourra arriver tant que ce n&apos;est pas corrigé. Appuyez sur Suivant pour continuer.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Create the administrator</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>The admin changes settings and adds cashiers and owners. You sign in with this name and PIN.</source>
        <translation>L&apos;administrateur modifie les paramètres et ajoute les caissiers et les propriétaires. Vous vous connectez avec ce nom et ce PIN.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>PIN ou mot de passe :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>A PIN has {min_digits} to {max_digits} digits (not 0000 or 1234); a password has 8 to {max_characters} characters. It is stored only as a bcrypt hash.</source>
        <translation>Un PIN comporte de {min_digits} à {max_digits} chiffres (ni 0000 ni 1234) ; un mot de passe comporte de 8 à {max_characters} caractères. Il n&apos;est conservé que sous forme de hachage bcrypt.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>charge</source>
        <translation>encaisser</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>cancel partially paid</source>
        <translation>annuler une vente partiellement payée</translation>
    </message>
    <message>
        <source>settle other way</source>
        <translation>régler autrement</translation>
    </message>
    <message>
        <source>view history</source>
        <translation>consulter l&apos;historique</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exporter</translation>
    </message>
    <message>
        <source>attach unmatched</source>
        <translation>rattacher un paiement non rattaché</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>rembourser</translation>
    </message>
    <message>
        <source>manage webhooks</source>
        <translation>gérer les webhooks</translation>
    </message>
    <message>
        <source>view audit</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>manage items</source>
        <translation>gérer les articles</translation>
    </message>
    <message>
        <source>discount above limit</source>
        <translation>accorder une remise au-delà de la limite</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Owner approval</source>
        <translation>Approbation du propriétaire</translation>
    </message>
    <message>
        <source>Owner approval needed</source>
        <translation>Approbation du propriétaire requise</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) asks to &lt;b&gt;{action}&lt;/b&gt;. An owner or admin approves it once with their PIN.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}) souhaite &lt;b&gt;{action}&lt;/b&gt;. Un propriétaire ou un administrateur l&apos;approuve une fois avec son PIN.</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Approbateur :</translation>
    </message>
    <message>
        <source>No owner or admin can approve this on this counter.</source>
        <translation>Aucun propriétaire ni administrateur ne peut approuver ceci sur cette caisse.</translation>
    </message>
    <message>
        <source>Owner: enter your PIN</source>
        <translation>Propriétaire : saisissez votre PIN</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach payment to a sale</source>
        <translation>Rattacher le paiement à une vente</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount} USDC&lt;/b&gt; received {when} from {payer}&lt;br&gt;memo: {memo} · {reason}</source>
        <translation>&lt;b&gt;{amount} USDC&lt;/b&gt; reçus {when} de {payer}&lt;br&gt;mémo : {memo} · {reason}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Due (USDC)</source>
        <translation>Dû (USDC)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{due}  = remaining</source>
        <translation>{due}  = reste dû</translation>
    </message>
    <message>
        <source>or type / paste a sale id (pay_…)</source>
        <translation>ou saisissez / collez un identifiant de vente (pay_…)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Rattacher…</translation>
    </message>
    <message>
        <source>Sales it could belong to</source>
        <translation>Ventes possibles</translation>
    </message>
    <message>
        <source>No sale in the window</source>
        <translation>Aucune vente dans la période</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <source>Search items</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <source>Line discount: 10% or 5.00</source>
        <translation>Remise sur la ligne : 10% ou 5.00</translation>
    </message>
    <message>
        <source>Cart discount: 10% or 5.00</source>
        <translation>Remise sur le panier : 10% ou 5.00</translation>
    </message>
    <message>
        <source>Tip: 10% or 20</source>
        <translation>Pourboire : 10% ou 20</translation>
    </message>
    <message>
        <source>All</source>
        <comment>every category of items</comment>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>cart line of a keyed amount</comment>
        <translation>Montant</translation>
    </message>
    <message>
        <source>{name}  (−{discount})</source>
        <translation>{name}  (−{discount})</translation>
    </message>
    <message>
        <source>Cart empty: tap items, scan a barcode, or key an amount.</source>
        <translation>Panier vide : touchez des articles, scannez un code-barres ou saisissez un montant.</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>Total {total}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} added · tip {tip}</source>
        <translation>Sous-total {subtotal} · remise −{discount} · taxe {tax} en sus · pourboire {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} incl. · tip {tip}</source>
        <translation>Sous-total {subtotal} · remise −{discount} · taxe {tax} incl. · pourboire {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} added</source>
        <translation>Sous-total {subtotal} · remise −{discount} · taxe {tax} en sus</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} incl.</source>
        <translation>Sous-total {subtotal} · remise −{discount} · taxe {tax} incl.</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} added · tip {tip}</source>
        <translation>Sous-total {subtotal} · taxe {tax} en sus · pourboire {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} incl. · tip {tip}</source>
        <translation>Sous-total {subtotal} · taxe {tax} incl. · pourboire {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} added</source>
        <translation>Sous-total {subtotal} · taxe {tax} en sus</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} incl.</source>
        <translation>Sous-total {subtotal} · taxe {tax} incl.</translation>
    </message>
</context>
<context>
    <name>CashierActions</name>
    <message>
        <source>Charge	Enter</source>
        <translation>Encaisser	Enter</translation>
    </message>
    <message>
        <source>Cancel sale	Esc</source>
        <translation>Annuler la vente	Esc</translation>
    </message>
    <message>
        <source>New sale	Del</source>
        <translation>Nouvelle vente	Del</translation>
    </message>
    <message>
        <source>Show customer display</source>
        <translation>Afficher l&apos;écran client</translation>
    </message>
    <message>
        <source>Customer display full screen on second screen</source>
        <translation>Écran client en plein écran sur le second écran</translation>
    </message>
    <message>
        <source>Mute payment sound</source>
        <translation>Couper le son de paiement</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Sales history…</source>
        <translation>Historique des ventes…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Items…</source>
        <translation>Articles…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Print receipt	P</source>
        <translation>Imprimer le reçu	P</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Enregistrer le reçu en PDF…</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Vente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Boutique</translation>
    </message>
</context>
<context>
    <name>CashierStatusBar</name>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>RÉSEAU DE TEST — pas de vrai argent</translation>
    </message>
    <message>
        <source>Stellar public network</source>
        <translation>Réseau public Stellar</translation>
    </message>
    <message>
        <source>Rate: waiting…</source>
        <translation>Taux : en attente…</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Connecté : {name} ({role})</translation>
    </message>
    <message>
        <source>● Payments: {state}</source>
        <translation>● Paiements : {state}</translation>
    </message>
    <message>
        <source>Payments are detected as they happen.</source>
        <translation>Les paiements sont détectés en temps réel.</translation>
    </message>
</context>
<context>
    <name>CashierWindow</name>
    <message>
        <source>{currency} has no decimals: the decimal key is off.</source>
        <translation>{currency} n&apos;a pas de décimales : la touche décimale est désactivée.</translation>
    </message>
    <message>
        <source>{currency} amounts take {places} decimals: no more after the point.</source>
        <translation>Les montants en {currency} ont {places} décimales : pas davantage après la virgule.</translation>
    </message>
    <message>
        <source>The largest amount is {largest}: that key was not taken.</source>
        <translation>Le montant maximal est {largest} : cette touche n&apos;a pas été prise en compte.</translation>
    </message>
    <message>
        <source>{shop} — posapp</source>
        <translation>{shop} — posapp</translation>
    </message>
    <message>
        <source>{shop} — posapp — TEST NETWORK</source>
        <translation>{shop} — posapp — RÉSEAU DE TEST</translation>
    </message>
    <message>
        <source>AMOUNT · {currency}</source>
        <translation>MONTANT · {currency}</translation>
    </message>
    <message>
        <source>Note (optional), e.g. table 4</source>
        <translation>Note (facultative), p. ex. table 4</translation>
    </message>
    <message>
        <source>Switch user (signed in: {name})</source>
        <translation>Changer d&apos;utilisateur (connecté : {name})</translation>
    </message>
    <message>
        <source>Cancel this sale? The customer may be paying. Press Esc again to cancel.</source>
        <translation>Annuler cette vente ? Le client est peut-être en train de payer. Appuyez à nouveau sur Esc pour annuler.</translation>
    </message>
    <message>
        <source>Part of this sale is paid: take the rest in cash (F2) or by card (F3), give back what was received (F4), or park the sale (F8) to serve the next customer.</source>
        <translation>Une partie de cette vente est payée : encaissez le reste en espèces (F2) ou par carte (F3), rendez ce qui a été reçu (F4), ou mettez la vente en attente (F8) pour servir le client suivant.</translation>
    </message>
    <message>
        <source>Finish or cancel (Esc) the current sale first.</source>
        <translation>Terminez ou annulez (Esc) d&apos;abord la vente en cours.</translation>
    </message>
    <message>
        <source>Finish, cancel (Esc) or park (F8) the current sale first.</source>
        <translation>Terminez, annulez (Esc) ou mettez en attente (F8) d&apos;abord la vente en cours.</translation>
    </message>
    <message>
        <source>Key an amount first.</source>
        <translation>Saisissez d&apos;abord un montant.</translation>
    </message>
    <message>
        <source>Getting a fresh exchange rate… the sale starts as soon as it arrives. ({reason})</source>
        <translation>Récupération d&apos;un nouveau taux de change… la vente démarre dès qu&apos;il arrive. ({reason})</translation>
    </message>
    <message>
        <source>Cannot charge: {reason}</source>
        <translation>Encaissement impossible : {reason}</translation>
    </message>
    <message>
        <source>The customer is choosing a tip on their screen… (Enter again: no tip)</source>
        <translation>Le client choisit un pourboire sur son écran… (Enter à nouveau : sans pourboire)</translation>
    </message>
    <message>
        <source>approve a discount above {limit} %</source>
        <translation>approuver une remise supérieure à {limit} %</translation>
    </message>
    <message>
        <source>{amount} is a large amount (about {usdc}, above the shop&apos;s {limit} limit). Check it, then press Enter again to charge it.</source>
        <translation>{amount} est un montant élevé (environ {usdc}, au-delà de la limite de {limit} de la boutique). Vérifiez-le, puis appuyez à nouveau sur Enter pour l&apos;encaisser.</translation>
    </message>
    <message>
        <source>Cannot cancel: {reason}</source>
        <translation>Annulation impossible : {reason}</translation>
    </message>
    <message>
        <source>Part of this sale is already paid, so it cannot be cancelled as it is: take the rest in cash (F2) or by card (F3), give back what was received (F4), or park it (F8).</source>
        <translation>Une partie de cette vente est déjà payée, elle ne peut donc pas être annulée en l&apos;état : encaissez le reste en espèces (F2) ou par carte (F3), rendez ce qui a été reçu (F4), ou mettez-la en attente (F8).</translation>
    </message>
    <message>
        <source>Part of this sale is already paid, so it cannot be cancelled as it is: let the customer pay the rest, or settle it from the history.</source>
        <translation>Une partie de cette vente est déjà payée, elle ne peut donc pas être annulée en l&apos;état : laissez le client payer le reste, ou réglez-la depuis l&apos;historique.</translation>
    </message>
    <message>
        <source>Parked sale {amount}: {state}.</source>
        <translation>Vente en attente {amount} : {state}.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n unfinished sale(s) of this counter.</source>
        <translation>
            <numerusform>%n vente inachevée de cette caisse a été récupérée.</numerusform>
            <numerusform>%n ventes inachevées de cette caisse ont été récupérées.</numerusform>
        </translation>
    </message>
    <message>
        <source>take the rest of the {amount} sale in cash</source>
        <translation>encaisser le reste de la vente de {amount} en espèces</translation>
    </message>
    <message>
        <source>take the rest of the {amount} sale by card</source>
        <translation>encaisser le reste de la vente de {amount} par carte</translation>
    </message>
    <message>
        <source>give back the {amount} received and cancel the sale</source>
        <translation>rendre les {amount} reçus et annuler la vente</translation>
    </message>
    <message>
        <source>Park or finish the sale on screen before resuming another.</source>
        <translation>Mettez en attente ou terminez la vente à l&apos;écran avant d&apos;en reprendre une autre.</translation>
    </message>
    <message>
        <source>An owner must {reason}.</source>
        <translation>Un propriétaire doit {reason}.</translation>
    </message>
    <message>
        <source>Not approved: nothing was changed.</source>
        <translation>Non approuvé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Sale {amount} parked: it can still be paid. Resume it from the list (F9).</source>
        <translation>Vente de {amount} mise en attente : elle peut encore être payée. Reprenez-la depuis la liste (F9).</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Non effectué : {reason}</translation>
    </message>
    <message>
        <source>attach the {amount} payment to this sale</source>
        <translation>rattacher le paiement de {amount} à cette vente</translation>
    </message>
    <message>
        <source>Rate: {rate} · {source}</source>
        <translation>Taux : {rate} · {source}</translation>
    </message>
    <message>
        <source>Rate: {rate} · {source} at {time}</source>
        <translation>Taux : {rate} · {source} à {time}</translation>
    </message>
    <message>
        <source>Rate unavailable: {reason}</source>
        <translation>Taux indisponible : {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <source>Checking the network for payments made while this counter was away…</source>
        <translation>Recherche sur le réseau des paiements effectués pendant l&apos;absence de cette caisse…</translation>
    </message>
    <message>
        <source>Catching up with the network: this payment will be confirmed in a moment.</source>
        <translation>Rattrapage avec le réseau : ce paiement sera confirmé dans un instant.</translation>
    </message>
    <message>
        <source>Payment detection interrupted since {time}, reconnecting ({detail}). You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Détection des paiements interrompue depuis {time}, reconnexion en cours ({detail}). Vous pouvez continuer à encaisser : les paiements seront confirmés au retour de la connexion.</translation>
    </message>
    <message>
        <source>Payment detection interrupted since {time}, reconnecting. You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Détection des paiements interrompue depuis {time}, reconnexion en cours. Vous pouvez continuer à encaisser : les paiements seront confirmés au retour de la connexion.</translation>
    </message>
    <message>
        <source>Reconnecting since {time}</source>
        <translation>Reconnexion depuis {time}</translation>
    </message>
    <message>
        <source>Connection interrupted: this payment will be confirmed when the connection returns.</source>
        <translation>Connexion interrompue : ce paiement sera confirmé au retour de la connexion.</translation>
    </message>
    <message>
        <source>Payment detection offline since {time} ({detail}). You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Détection des paiements hors ligne depuis {time} ({detail}). Vous pouvez continuer à encaisser : les paiements seront confirmés au retour de la connexion.</translation>
    </message>
    <message>
        <source>Payment detection offline since {time}. You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Détection des paiements hors ligne depuis {time}. Vous pouvez continuer à encaisser : les paiements seront confirmés au retour de la connexion.</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Hors ligne depuis {time}</translation>
    </message>
    <message>
        <source>Offline: this payment will be confirmed when the connection returns.</source>
        <translation>Hors ligne : ce paiement sera confirmé au retour de la connexion.</translation>
    </message>
    <message>
        <source>Payment detection has stopped ({detail}). Restart posapp: payments made meanwhile are confirmed when it runs again.</source>
        <translation>La détection des paiements s&apos;est arrêtée ({detail}). Redémarrez posapp : les paiements effectués entre-temps seront confirmés à la relance.</translation>
    </message>
    <message>
        <source>Payment detection has stopped. Restart posapp: payments made meanwhile are confirmed when it runs again.</source>
        <translation>La détection des paiements s&apos;est arrêtée. Redémarrez posapp : les paiements effectués entre-temps seront confirmés à la relance.</translation>
    </message>
    <message>
        <source>Detection stopped</source>
        <translation>Détection arrêtée</translation>
    </message>
    <message>
        <source>Detection stopped: this payment will be confirmed when the connection returns.</source>
        <translation>Détection arrêtée : ce paiement sera confirmé au retour de la connexion.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connecting to the Stellar network…</source>
        <translation>Connexion au réseau Stellar…</translation>
    </message>
    <message>
        <source>Connecting: this payment will be confirmed when the connection returns.</source>
        <translation>Connexion en cours : ce paiement sera confirmé au retour de la connexion.</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Sales history</source>
        <translation>Historique des ventes</translation>
    </message>
    <message>
        <source>The sales history is not available: {reason}</source>
        <translation>L&apos;historique des ventes n&apos;est pas disponible : {reason}</translation>
    </message>
    <message>
        <source>Cannot open the sales history: {reason}</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique des ventes : {reason}</translation>
    </message>
    <message>
        <source>Settings saved: the next sale uses them. Restart posapp to use the new {what}.</source>
        <translation>Paramètres enregistrés : la prochaine vente les utilisera. Redémarrez posapp pour utiliser {what}.</translation>
    </message>
    <message>
        <source>Settings saved: the next sale uses them.</source>
        <translation>Paramètres enregistrés : la prochaine vente les utilisera.</translation>
    </message>
    <message>
        <source>Settings saved, but the counter could not use them: {reason}. Restart posapp to use them.</source>
        <translation>Paramètres enregistrés, mais la caisse n&apos;a pas pu les appliquer : {reason}. Redémarrez posapp pour les utiliser.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>… and %n more</source>
        <translation>… et %n de plus</translation>
    </message>
    <message>
        <source>Discount −{amount}</source>
        <translation>Remise −{amount}</translation>
    </message>
    <message>
        <source>Tax {amount}</source>
        <translation>Taxe {amount}</translation>
    </message>
    <message>
        <source>incl. tax {amount}</source>
        <translation>dont taxe {amount}</translation>
    </message>
    <message>
        <source>Tip {amount}</source>
        <translation>Pourboire {amount}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Would you like to add a tip?</source>
        <translation>Souhaitez-vous ajouter un pourboire ?</translation>
    </message>
    <message>
        <source>No tip</source>
        <translation>Sans pourboire</translation>
    </message>
    <message>
        <source>Welcome to</source>
        <translation>Bienvenue chez</translation>
    </message>
    <message>
        <source>We accept USDC on Stellar.
Your total will appear here.</source>
        <translation>Nous acceptons l&apos;USDC sur Stellar.
Votre total s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>🌐 Language</source>
        <translation>🌐 Langue</translation>
    </message>
    <message>
        <source>Scan with your Stellar wallet</source>
        <translation>Scannez avec votre portefeuille Stellar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Scan for your receipt: this payment on the public ledger</source>
        <translation>Scannez pour votre reçu : ce paiement sur le registre public</translation>
    </message>
    <message>
        <source>{shop} — customer display</source>
        <translation>{shop} — écran client</translation>
    </message>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>RÉSEAU DE TEST — pas de vrai argent</translation>
    </message>
    <message>
        <source>Expires in {time}</source>
        <translation>Expire dans {time}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Partially paid: {received} received.
Please pay the remaining {due}.</source>
        <translation>Partiellement payé : {received} reçus.
Veuillez payer le reste, soit {due}.</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Payer {amount}</translation>
    </message>
    <message>
        <source>Transaction {hash}</source>
        <translation>Transaction {hash}</translation>
    </message>
    <message>
        <source>{usdc} + {rest} cash</source>
        <translation>{usdc} + {rest} en espèces</translation>
    </message>
    <message>
        <source>{usdc} + {rest} card</source>
        <translation>{usdc} + {rest} par carte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>{amount} was received:
the cashier will sort it out with you.</source>
        <translation>{amount} ont été reçus :
le caissier va régler cela avec vous.</translation>
    </message>
    <message>
        <source>Please ask the cashier to start again.</source>
        <translation>Veuillez demander au caissier de recommencer.</translation>
    </message>
    <message>
        <source>This payment request has expired.</source>
        <translation>Cette demande de paiement a expiré.</translation>
    </message>
    <message>
        <source>The {amount} you paid will be given back.
Please do not pay this request.</source>
        <translation>Les {amount} que vous avez payés vous seront rendus.
Veuillez ne pas payer cette demande.</translation>
    </message>
    <message>
        <source>Please do not pay this request.</source>
        <translation>Veuillez ne pas payer cette demande.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>This sale was cancelled.</source>
        <translation>Cette vente a été annulée.</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>Simulate customer &amp;payment</source>
        <translation>Simuler le &amp;paiement client</translation>
    </message>
    <message>
        <source>Simulate customer payment</source>
        <translation>Simuler le paiement client</translation>
    </message>
    <message>
        <source>Demo — simulate the customer:</source>
        <translation>Démo — simuler le client :</translation>
    </message>
    <message>
        <source>Sign in again as {name}, PIN {pin}</source>
        <translation>Reconnectez-vous en tant que {name}, PIN {pin}</translation>
    </message>
    <message>
        <source>Switch user (Ctrl+L) or the idle lock shows the login</source>
        <translation>Changer d&apos;utilisateur (Ctrl+L) ou le verrouillage d&apos;inactivité affiche la connexion</translation>
    </message>
    <message>
        <source>Pay exact amount</source>
        <translation>Payer le montant exact</translation>
    </message>
    <message>
        <source>Pay half (partial)</source>
        <translation>Payer la moitié (partiel)</translation>
    </message>
    <message>
        <source>Pay with fake-issuer USDC</source>
        <translation>Payer avec un faux USDC</translation>
    </message>
    <message>
        <source>Start a sale first: there is nothing to pay.</source>
        <translation>Commencez d&apos;abord une vente : il n&apos;y a rien à payer.</translation>
    </message>
    <message>
        <source>Simulated customer signs and sends {amount} look-alike USDC from a fake issuer…</source>
        <translation>Le client simulé signe et envoie {amount} de faux USDC d&apos;un émetteur factice…</translation>
    </message>
    <message>
        <source>Simulated customer signs and sends {amount} USDC…</source>
        <translation>Le client simulé signe et envoie {amount} USDC…</translation>
    </message>
    <message>
        <source>Signed payment on the network: tx {tx}…. posapp ignores it (not Circle&apos;s USDC): the sale stays unpaid.</source>
        <translation>Paiement signé sur le réseau : tx {tx}…. posapp l&apos;ignore (ce n&apos;est pas l&apos;USDC de Circle) : la vente reste impayée.</translation>
    </message>
    <message>
        <source>Signed payment on the network: tx {tx}….</source>
        <translation>Paiement signé sur le réseau : tx {tx}….</translation>
    </message>
    <message>
        <source>Simulated payment failed: {reason}</source>
        <translation>Échec du paiement simulé : {reason}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>posapp is ready</source>
        <translation>posapp est prêt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Webhook signing secret&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secret de signature des webhooks&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{shop}&lt;/b&gt; takes USDC on testnet at {account}.</source>
        <translation>&lt;b&gt;{shop}&lt;/b&gt; accepte l&apos;USDC sur le réseau de test à l&apos;adresse {account}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{shop}&lt;/b&gt; takes USDC on the public network at {account}.</source>
        <translation>&lt;b&gt;{shop}&lt;/b&gt; accepte l&apos;USDC sur le réseau public à l&apos;adresse {account}.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>Administrator {name} created</source>
        <translation>Administrateur {name} créé</translation>
    </message>
    <message>
        <source>Sign in with your PIN.</source>
        <translation>Connectez-vous avec votre PIN.</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Reste à faire</translation>
    </message>
    <message>
        <source>Add cashiers and owners later in Settings → Users, or with `posapp users add NAME --role cashier`.</source>
        <translation>Ajoutez des caissiers et des propriétaires plus tard dans Paramètres → Utilisateurs, ou avec `posapp users add NAME --role cashier`.</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>{error}

posapp keeps running; the details are in the log.</source>
        <translation>{error}

posapp continue de fonctionner ; les détails figurent dans le journal.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Paid (on time or late)</source>
        <translation>Payé (à temps ou en retard)</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation>Payé à temps</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Payé en retard</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Partiellement payé</translation>
    </message>
    <message>
        <source>Waiting for payment or partially paid</source>
        <translation>En attente de paiement ou partiellement payé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not paid (expired or cancelled)</source>
        <translation>Non payé (expiré ou annulé)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Tous les caissiers</translation>
    </message>
    <message>
        <source>Search note, pay_… id, tx hash or G… payer</source>
        <translation>Rechercher une note, un id pay_…, un hash de tx ou un payeur G…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>no rate</source>
        <translation>pas de taux</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Matched</source>
        <translation>Rattaché</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Non rattaché</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Rattaché manuellement</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>À rembourser</translation>
    </message>
    <message>
        <source>Refused (fake USDC)</source>
        <translation>Refusé (faux USDC)</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Partiellement payé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Payé en retard</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>Historique des ventes</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Unmatched payments</source>
        <translation>Paiements non rattachés</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message numerus="yes">
        <source>Unmatched payments ({count})</source>
        <translation>
            <numerusform>Paiement non rattaché ({count})</numerusform>
            <numerusform>Paiements non rattachés ({count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Taxe %</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Enregistrer l&apos;article</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter CSV…</translation>
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
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n items imported.</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>Exporter les articles</translation>
    </message>
    <message numerus="yes">
        <source>%n items written to {path}.</source>
        <translation>
            <numerusform>%n article écrit dans {path}.</numerusform>
            <numerusform>%n articles écrits dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>C</source>
        <comment>keypad key that clears the amount</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Clear (Delete)</source>
        <translation>Effacer (Suppr)</translation>
    </message>
    <message>
        <source>Charge
⏎</source>
        <translation>Encaisser
⏎</translation>
    </message>
    <message>
        <source>Charge (Enter)</source>
        <translation>Encaisser (Enter)</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>The same as the windows</source>
        <translation>La même que les fenêtres</translation>
    </message>
    <message>
        <source>Customers can choose the display&apos;s language</source>
        <translation>Les clients peuvent choisir la langue de l&apos;écran</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Fenêtres :</translation>
    </message>
    <message>
        <source>Customer display:</source>
        <translation>Écran client :</translation>
    </message>
    <message>
        <source>These choices belong to this counter. A new language for the windows shows after posapp restarts; the customer display changes at once. With the choice on, the display&apos;s welcome screen has a Language button, and a customer&apos;s choice lasts until their sale is over.</source>
        <translation>Ces choix concernent uniquement cette caisse. Une nouvelle langue pour les fenêtres s&apos;applique après le redémarrage de posapp ; l&apos;écran client change immédiatement. Si l&apos;option est activée, l&apos;écran d&apos;accueil de l&apos;écran client propose un bouton Langue, et le choix d&apos;un client reste valable jusqu&apos;à la fin de sa vente.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>{shop} — sign in</source>
        <translation>{shop} — connexion</translation>
    </message>
    <message>
        <source>posapp — sign in</source>
        <translation>posapp — connexion</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>Qui est à la caisse ?</translation>
    </message>
    <message>
        <source>No users yet. An administrator adds them with
posapp users add NAME --role cashier</source>
        <translation>Aucun utilisateur pour l&apos;instant. Un administrateur les ajoute avec
posapp users add NAME --role cashier</translation>
    </message>
    <message>
        <source>‹  Not you? Choose another user</source>
        <translation>‹  Ce n&apos;est pas vous ? Choisissez un autre utilisateur</translation>
    </message>
    <message>
        <source>Enter your PIN or password</source>
        <translation>Saisissez votre PIN ou votre mot de passe</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries.</source>
        <translation>Verrouillé après trop d&apos;essais erronés.</translation>
    </message>
    <message>
        <source>Starting… your PIN will be checked in a moment.</source>
        <translation>Démarrage… votre PIN sera vérifié dans un instant.</translation>
    </message>
</context>
<context>
    <name>NetworkFields</name>
    <message>
        <source>Testnet — test money</source>
        <translation>Réseau de test — argent fictif</translation>
    </message>
    <message>
        <source>Public network — real USDC</source>
        <translation>Réseau public — vrais USDC</translation>
    </message>
    <message>
        <source>For trying posapp out. Nothing paid on testnet has any value: rehearse a sale with a testnet wallet, then switch to the public network in Settings.</source>
        <translation>Pour essayer posapp. Rien de ce qui est payé sur le réseau de test n&apos;a de valeur : faites une vente d&apos;essai avec un portefeuille du réseau de test, puis passez au réseau public dans les Paramètres.</translation>
    </message>
    <message>
        <source>For real sales. Customers pay real USDC (by Circle) straight into your shop&apos;s own account.</source>
        <translation>Pour les vraies ventes. Les clients paient en vrais USDC (émis par Circle) directement sur le compte de votre boutique.</translation>
    </message>
    <message>
        <source>leave empty to use the network&apos;s public Horizon</source>
        <translation>laissez vide pour utiliser le serveur Horizon public du réseau</translation>
    </message>
    <message>
        <source>Horizon server (advanced):</source>
        <translation>Serveur Horizon (avancé) :</translation>
    </message>
    <message>
        <source>Real money: make sure the address you enter next is your shop&apos;s own account.</source>
        <translation>Argent réel : assurez-vous que l&apos;adresse que vous allez saisir est bien le compte de votre boutique.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Welcome to posapp</source>
        <translation>Bienvenue dans posapp</translation>
    </message>
    <message>
        <source>Take USDC payments on Stellar at your counter. posapp only watches your shop&apos;s account: it never asks for, stores or uses a secret key.</source>
        <translation>Acceptez des paiements en USDC sur Stellar à votre caisse. posapp surveille uniquement le compte de votre boutique : il ne demande, ne stocke ni n&apos;utilise jamais de clé secrète.</translation>
    </message>
    <message>
        <source>Language of this counter:</source>
        <translation>Langue de cette caisse :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which network?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quel réseau ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the Horizon server</source>
        <translation>le serveur Horizon</translation>
    </message>
</context>
<context>
    <name>ParkedList</name>
    <message>
        <source>PARKED SALES · click or F9 to resume</source>
        <translation>VENTES EN ATTENTE · cliquez ou F9 pour reprendre</translation>
    </message>
    <message>
        <source>{amount} · {received} received · {note} · until {time}</source>
        <translation>{amount} · {received} reçus · {note} · jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>{amount} · {received} received · until {time}</source>
        <translation>{amount} · {received} reçus · jusqu&apos;à {time}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries.</source>
        <translation>Verrouillé après trop d&apos;essais erronés.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try left before a lock.</source>
        <translation>
            <numerusform>PIN erroné. Encore %n essai avant le verrouillage.</numerusform>
            <numerusform>PIN erroné. Encore %n essais avant le verrouillage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a lock.</source>
        <translation>
            <numerusform>PIN erroné. Encore %n essai avant le verrouillage.</numerusform>
            <numerusform>PIN erroné. Encore %n essais avant le verrouillage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>{reason}
Try again in {delay}.</source>
        <translation>{reason}
Réessayez dans {delay}.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorer les modifications</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Stellar public network</source>
        <translation>Réseau public Stellar</translation>
    </message>
    <message>
        <source>Stellar testnet</source>
        <translation>Réseau de test Stellar</translation>
    </message>
    <message>
        <source>Scan to check this payment on the public Stellar ledger</source>
        <translation>Scannez pour vérifier ce paiement sur le registre public Stellar</translation>
    </message>
    <message>
        <source>Scan to check this refund on the public Stellar ledger</source>
        <translation>Scannez pour vérifier ce remboursement sur le registre public Stellar</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>PAYÉ</translation>
    </message>
    <message>
        <source>PAID LATE</source>
        <translation>PAYÉ EN RETARD</translation>
    </message>
    <message>
        <source>Paid after the payment window closed; accepted in full.</source>
        <translation>Payé après la fin du délai de paiement ; accepté en totalité.</translation>
    </message>
    <message>
        <source>PARTIALLY PAID</source>
        <translation>PARTIELLEMENT PAYÉ</translation>
    </message>
    <message>
        <source>{amount} still due.</source>
        <translation>Reste dû : {amount}.</translation>
    </message>
    <message>
        <source>The sale expired before the rest arrived.</source>
        <translation>La vente a expiré avant l&apos;arrivée du reste.</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>NON PAYÉ</translation>
    </message>
    <message>
        <source>Overpaid by {amount} (refundable).</source>
        <translation>Trop-perçu de {amount} (remboursable).</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** DUPLICATA ***</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>Tél. {phone}</translation>
    </message>
    <message>
        <source>REFUND RECEIPT</source>
        <translation>REÇU DE REMBOURSEMENT</translation>
    </message>
    <message>
        <source>Refund receipt no.</source>
        <translation>Reçu de remboursement n°</translation>
    </message>
    <message>
        <source>For sale receipt no.</source>
        <translation>Pour le reçu de vente n°</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Reçu n°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>incl. tax</source>
        <translation>dont taxe</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Pourboire</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>USDC dus</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC reçus</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>Total de la vente</translation>
    </message>
    <message>
        <source>Sale paid</source>
        <translation>Vente payée</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Date de la vente</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REMBOURSEMENT</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>RÉSEAU DE TEST — pas de vrai argent</translation>
    </message>
</context>
<context>
    <name>ReceiptCard</name>
    <message>
        <source>RECEIPT</source>
        <translation>REÇU</translation>
    </message>
    <message>
        <source>Print  (P)</source>
        <translation>Imprimer  (P)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Préparation du reçu…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Enregistrement du PDF…</translation>
    </message>
    <message>
        <source>RECEIPT {number}</source>
        <translation>REÇU {number}</translation>
    </message>
    <message>
        <source>Print the receipt? Press P (or PDF… to save it).</source>
        <translation>Imprimer le reçu ? Appuyez sur P (ou PDF… pour l&apos;enregistrer).</translation>
    </message>
    <message>
        <source>Press P to print it.</source>
        <translation>Appuyez sur P pour l&apos;imprimer.</translation>
    </message>
    <message>
        <source>No receipt: {reason}</source>
        <translation>Pas de reçu : {reason}</translation>
    </message>
    <message>
        <source>Receipt: {reason}</source>
        <translation>Reçu : {reason}</translation>
    </message>
    <message>
        <source>{reason} The sale is paid; press P to try again.</source>
        <translation>{reason} La vente est payée ; appuyez sur P pour réessayer.</translation>
    </message>
    <message>
        <source>Receipt not printed: {reason} The sale is paid; press P to try again.</source>
        <translation>Reçu non imprimé : {reason} La vente est payée ; appuyez sur P pour réessayer.</translation>
    </message>
</context>
<context>
    <name>ReceiptFields</name>
    <message>
        <source>Show it; print when the cashier presses P</source>
        <translation>L&apos;afficher ; imprimer quand le caissier appuie sur P</translation>
    </message>
    <message>
        <source>Show it and offer to print (P)</source>
        <translation>L&apos;afficher et proposer l&apos;impression (P)</translation>
    </message>
    <message>
        <source>Print it at once</source>
        <translation>L&apos;imprimer immédiatement</translation>
    </message>
    <message>
        <source>No printer (preview only)</source>
        <translation>Pas d&apos;imprimante (aperçu uniquement)</translation>
    </message>
    <message>
        <source>Thermal printer on the network (ESC/POS)</source>
        <translation>Imprimante thermique en réseau (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on USB (ESC/POS)</source>
        <translation>Imprimante thermique USB (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on a serial port (ESC/POS)</source>
        <translation>Imprimante thermique sur port série (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer device file (ESC/POS)</source>
        <translation>Fichier de périphérique d&apos;imprimante thermique (ESC/POS)</translation>
    </message>
    <message>
        <source>A printer of this computer</source>
        <translation>Une imprimante de cet ordinateur</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>Fichiers PDF dans un dossier</translation>
    </message>
    <message>
        <source>192.168.1.50 or 192.168.1.50:9100</source>
        <translation>192.168.1.50 ou 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>vendor:product in hex, e.g. 04b8:0e15</source>
        <translation>vendor:product en hexadécimal, p. ex. 04b8:0e15</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0 or COM3, optionally ?baudrate=19200</source>
        <translation>/dev/ttyUSB0 ou COM3, éventuellement ?baudrate=19200</translation>
    </message>
    <message>
        <source>the printer&apos;s name (empty: the default printer)</source>
        <translation>le nom de l&apos;imprimante (vide : l&apos;imprimante par défaut)</translation>
    </message>
    <message>
        <source>a folder, e.g. /home/shop/receipts</source>
        <translation>un dossier, p. ex. /home/shop/receipts</translation>
    </message>
    <message>
        <source>as it should print, e.g. GSTIN 29ABCDE1234F1Z5</source>
        <translation>tel qu&apos;il doit être imprimé, p. ex. GSTIN 29ABCDE1234F1Z5</translation>
    </message>
    <message>
        <source>80 mm (48 characters a line)</source>
        <translation>80 mm (48 caractères par ligne)</translation>
    </message>
    <message>
        <source>58 mm (32 characters a line)</source>
        <translation>58 mm (32 caractères par ligne)</translation>
    </message>
    <message>
        <source>On every receipt</source>
        <translation>Sur chaque reçu</translation>
    </message>
    <message>
        <source>Shop address:</source>
        <translation>Adresse de la boutique :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Tax id:</source>
        <translation>N° fiscal :</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>Pied de page :</translation>
    </message>
    <message>
        <source>Printer of this counter</source>
        <translation>Imprimante de cette caisse</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Imprimante :</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies :</translation>
    </message>
    <message>
        <source>When a sale is paid:</source>
        <translation>Quand une vente est payée :</translation>
    </message>
    <message>
        <source>The QR opens the payment on</source>
        <translation>Le QR ouvre le paiement sur</translation>
    </message>
    <message>
        <source>Public network:</source>
        <translation>Réseau public :</translation>
    </message>
    <message>
        <source>Testnet:</source>
        <translation>Réseau de test :</translation>
    </message>
    <message>
        <source>{hash} is replaced by the transaction hash.</source>
        <translation>{hash} est remplacé par le hash de la transaction.</translation>
    </message>
</context>
<context>
    <name>ReceiptJobs</name>
    <message>
        <source>Receipt {number}</source>
        <translation>Reçu {number}</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the receipt printer at {address}:{port}.</source>
        <translation>Reçu {number} imprimé sur l&apos;imprimante de reçus à {address}:{port}.</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the USB receipt printer {address}.</source>
        <translation>Reçu {number} imprimé sur l&apos;imprimante de reçus USB {address}.</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the receipt printer on {address}.</source>
        <translation>Reçu {number} imprimé sur l&apos;imprimante de reçus sur {address}.</translation>
    </message>
    <message>
        <source>Receipt {number} printed on {printer}.</source>
        <translation>Reçu {number} imprimé sur {printer}.</translation>
    </message>
    <message>
        <source>Receipt {number} sent to the printer {name}.</source>
        <translation>Reçu {number} envoyé à l&apos;imprimante {name}.</translation>
    </message>
    <message>
        <source>Receipt {number} saved as {path}.</source>
        <translation>Reçu {number} enregistré sous {path}.</translation>
    </message>
</context>
<context>
    <name>ReceiptPainter</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>posapp receipt</source>
        <translation>Reçu posapp</translation>
    </message>
</context>
<context>
    <name>ReceiptReprint</name>
    <message>
        <source>Print receipt (COPY)</source>
        <translation>Imprimer le reçu (DUPLICATA)</translation>
    </message>
    <message>
        <source>Receipt PDF…</source>
        <translation>Reçu en PDF…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Préparation du reçu…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Enregistrement du PDF…</translation>
    </message>
    <message>
        <source>Receipt not printed: {reason}</source>
        <translation>Reçu non imprimé : {reason}</translation>
    </message>
</context>
<context>
    <name>ReconcileTab</name>
    <message>
        <source>Missing here</source>
        <translation>Absent ici</translation>
    </message>
    <message>
        <source>Not on network</source>
        <translation>Absent du réseau</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Différent</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>Total de la vente</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Trop-perçu</translation>
    </message>
    <message>
        <source>Refund sent</source>
        <translation>Remboursement envoyé</translation>
    </message>
    <message>
        <source>Refund not settled</source>
        <translation>Remboursement non réglé</translation>
    </message>
    <message>
        <source>Refund flagged</source>
        <translation>Remboursement signalé</translation>
    </message>
    <message>
        <source>Compare with the network</source>
        <translation>Comparer avec le réseau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re-reads the shop account&apos;s payments from Horizon and compares them with the payments stored here ({horizon}).</source>
        <translation>Relit les paiements du compte de la boutique depuis Horizon et les compare avec les paiements enregistrés ici ({horizon}).</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Ledger time</source>
        <translation>Heure du registre</translation>
    </message>
    <message>
        <source>Network (USDC)</source>
        <translation>Réseau (USDC)</translation>
    </message>
    <message>
        <source>Stored (USDC)</source>
        <translation>Enregistré (USDC)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Lecture du réseau…</translation>
    </message>
    <message numerus="yes">
        <source>Read {records} network records (%n pages)…</source>
        <translation>
            <numerusform>{records} enregistrements du réseau lus (%n page)…</numerusform>
            <numerusform>{records} enregistrements du réseau lus (%n pages)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything matches.</source>
        <translation>Tout concorde.</translation>
    </message>
    <message numerus="yes">
        <source>%n differences.</source>
        <translation>
            <numerusform>%n écart.</numerusform>
            <numerusform>%n écarts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overpaid payments: {amount} USDC beyond the sales, to refund.</source>
        <translation>
            <numerusform>%n paiement en trop-perçu : {amount} USDC au-delà des ventes, à rembourser.</numerusform>
            <numerusform>%n paiements en trop-perçu : {amount} USDC au-delà des ventes, à rembourser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refunds sent; {waiting} waiting for a signature.</source>
        <translation>
            <numerusform>%n remboursement envoyé ; {waiting} en attente de signature.</numerusform>
            <numerusform>%n remboursements envoyés ; {waiting} en attente de signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} – {end}: network {network} payments, stored {stored}, matching {matching}. &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>{start} – {end} : paiements réseau {network}, enregistrés {stored}, concordants {matching}. &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked against {horizon}</source>
        <translation>Vérifié auprès de {horizon}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Could not reconcile: {error}</source>
        <translation>Rapprochement impossible : {error}</translation>
    </message>
    <message>
        <source>Reconciliation failed: {error}</source>
        <translation>Échec du rapprochement : {error}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Waiting for the signed payment on the ledger…</source>
        <translation>En attente du paiement signé dans le registre…</translation>
    </message>
    <message>
        <source>Refunded ✓</source>
        <translation>Remboursé ✓</translation>
    </message>
    <message>
        <source>Expired: it was not submitted in time. Rebuild it to try again.</source>
        <translation>Expiré : il n&apos;a pas été soumis à temps. Reconstruisez-le pour réessayer.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Refund of {ref}</source>
        <translation>Remboursement de {ref}</translation>
    </message>
    <message>
        <source>Looking up what can be refunded…</source>
        <translation>Recherche du montant remboursable…</translation>
    </message>
    <message>
        <source>e.g. returned item</source>
        <translation>p. ex. article retourné</translation>
    </message>
    <message>
        <source>the deposit memo the customer&apos;s exchange gave them</source>
        <translation>le mémo de dépôt fourni au client par sa plateforme d&apos;échange</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Montant (USDC)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Exchange memo</source>
        <translation>Mémo de la plateforme</translation>
    </message>
    <message>
        <source>Prepare refund</source>
        <translation>Préparer le remboursement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{remaining} USDC can be refunded (received {received}, already refunded or waiting {held}). posapp prepares the transaction; you sign it in the wallet of the merchant account.</source>
        <translation>{remaining} USDC peuvent être remboursés (reçus {received}, déjà remboursés ou en attente {held}). posapp prépare la transaction ; vous la signez dans le portefeuille du compte marchand.</translation>
    </message>
    <message>
        <source>Asking the network for the account&apos;s sequence and fee…</source>
        <translation>Demande au réseau du numéro de séquence et des frais du compte…</translation>
    </message>
    <message>
        <source>Scan with the wallet of the merchant account, check the amount and the destination, and sign there. This code is for the account&apos;s owner only: never show it to the customer.</source>
        <translation>Scannez avec le portefeuille du compte marchand, vérifiez le montant et le destinataire, puis signez-y. Ce code est réservé au propriétaire du compte : ne le montrez jamais au client.</translation>
    </message>
    <message>
        <source>Copy XDR</source>
        <translation>Copier le XDR</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Save .xdr…</source>
        <translation>Enregistrer .xdr…</translation>
    </message>
    <message>
        <source>Cancel refund</source>
        <translation>Annuler le remboursement</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Reconstruire</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;à</translation>
    </message>
    <message>
        <source>Refund {amount} USDC</source>
        <translation>Rembourser {amount} USDC</translation>
    </message>
    <message>
        <source>transaction {hash}</source>
        <translation>transaction {hash}</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>Non effectué : {error}</translation>
    </message>
    <message>
        <source>Save the unsigned transaction</source>
        <translation>Enregistrer la transaction non signée</translation>
    </message>
    <message>
        <source>XDR (*.xdr)</source>
        <translation>XDR (*.xdr)</translation>
    </message>
</context>
<context>
    <name>RefundsPanel</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Montant (USDC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Show QR…</source>
        <translation>Afficher le QR…</translation>
    </message>
    <message>
        <source>{created_by} (approved by {approved_by})</source>
        <translation>{created_by} (approuvé par {approved_by})</translation>
    </message>
    <message>
        <source>No refunds.</source>
        <translation>Aucun remboursement.</translation>
    </message>
    <message>
        <source>{amount} USDC refunded so far.</source>
        <translation>{amount} USDC remboursés à ce jour.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check and finish</source>
        <translation>Vérifier et terminer</translation>
    </message>
    <message>
        <source>Press “Set up posapp” to save. You can change all of this later in Settings.</source>
        <translation>Appuyez sur « Configurer posapp » pour enregistrer. Vous pourrez tout modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Set up posapp</source>
        <translation>Configurer posapp</translation>
    </message>
    <message>
        <source>{rate} {currency} per USDC (fixed)</source>
        <translation>{rate} {currency} par USDC (fixe)</translation>
    </message>
    <message>
        <source>live from {source}</source>
        <translation>en direct depuis {source}</translation>
    </message>
    <message>
        <source>Testnet (test money)</source>
        <translation>Réseau de test (argent fictif)</translation>
    </message>
    <message>
        <source>Public network (real USDC)</source>
        <translation>Réseau public (vrais USDC)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Payment window</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Checking the account and saving…</source>
        <translation>Vérification du compte et enregistrement…</translation>
    </message>
    <message>
        <source>{error} Nothing was saved.</source>
        <translation>{error} Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{error} Go back to the webhook page to choose the file store, or leave the URL empty.</source>
        <translation>{error} Revenez à la page webhook pour choisir le stockage de fichiers, ou laissez l&apos;URL vide.</translation>
    </message>
</context>
<context>
    <name>SaleDetailsDialog</name>
    <message>
        <source>cash</source>
        <translation>en espèces</translation>
    </message>
    <message>
        <source>card</source>
        <translation>par carte</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>partially refunded</source>
        <translation>partiellement remboursé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>Stellar public network</source>
        <translation>Réseau public Stellar</translation>
    </message>
    <message>
        <source>Stellar testnet</source>
        <translation>Réseau de test Stellar</translation>
    </message>
    <message>
        <source>Sale {id}</source>
        <translation>Vente {id}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Sale id (memo)</source>
        <translation>Id de vente (mémo)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>USDC dus</translation>
    </message>
    <message>
        <source>{received}  (overpaid {overpaid})</source>
        <translation>{received}  (trop-perçu {overpaid})</translation>
    </message>
    <message>
        <source>{received}  ({short} short)</source>
        <translation>{received}  (manque {short})</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC reçus</translation>
    </message>
    <message>
        <source>{amount} {method}</source>
        <translation>{amount} {method}</translation>
    </message>
    <message>
        <source>Rest taken</source>
        <translation>Reste encaissé</translation>
    </message>
    <message>
        <source>{amount} {state}</source>
        <translation>{amount} — {state}</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>{usdc} USDC ({fiat}), {marker}</source>
        <translation>{usdc} USDC ({fiat}), {marker}</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Cashier / terminal</source>
        <translation>Caissier / terminal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quoted at</source>
        <translation>Coté le</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Payé à</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Rate quote used</source>
        <translation>Cotation du taux utilisée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Montant (USDC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Webhook event / attempt</source>
        <translation>Événement webhook / tentative</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message numerus="yes">
        <source>{state} (%n attempt(s))</source>
        <translation>
            <numerusform>{state} (%n tentative)</numerusform>
            <numerusform>{state} (%n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>{duration} ms {error}</source>
        <translation>{duration} ms {error}</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentative</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Payments ({count})</source>
        <translation>Paiements ({count})</translation>
    </message>
    <message>
        <source>Payments (0) — none received</source>
        <translation>Paiements (0) — aucun reçu</translation>
    </message>
    <message>
        <source>Webhook deliveries ({count})</source>
        <translation>Envois webhook ({count})</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Partly paid: {received} USDC received, {rest} still to settle.</source>
        <translation>Partiellement payée : {received} USDC reçus, {rest} restent à régler.</translation>
    </message>
    <message>
        <source>Take the rest ({rest}) in cash</source>
        <translation>Encaisser le reste ({rest}) en espèces</translation>
    </message>
    <message>
        <source>Take the rest ({rest}) by card</source>
        <translation>Encaisser le reste ({rest}) par carte</translation>
    </message>
    <message>
        <source>Give back {received} USDC (queue refund)</source>
        <translation>Rendre {received} USDC (remboursement en attente)</translation>
    </message>
    <message>
        <source>Settled: the rest {amount} taken by {method}. The sale is paid.</source>
        <translation>Réglée : le reste de {amount} a été encaissé {method}. La vente est payée.</translation>
    </message>
    <message>
        <source>Cancelled: {received} USDC queued for refund.</source>
        <translation>Annulée : {received} USDC en attente de remboursement.</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>Non effectué : {error}</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>{tax} ({rate} %)</source>
        <translation>{tax} ({rate} %)</translation>
    </message>
    <message>
        <source>Subtotal {amount}</source>
        <translation>Sous-total {amount}</translation>
    </message>
    <message>
        <source>discount −{amount}</source>
        <translation>remise −{amount}</translation>
    </message>
    <message>
        <source>tax {amount}</source>
        <translation>taxe {amount}</translation>
    </message>
    <message>
        <source>tip {amount}</source>
        <translation>pourboire {amount}</translation>
    </message>
    <message>
        <source>total {amount}</source>
        <translation>total {amount}</translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <source>CURRENT SALE</source>
        <translation>VENTE EN COURS</translation>
    </message>
    <message>
        <source>Ready for the next sale</source>
        <translation>Prêt pour la vente suivante</translation>
    </message>
    <message>
        <source>Key the amount, then press Enter or Charge.</source>
        <translation>Saisissez le montant, puis appuyez sur Enter ou Encaisser.</translation>
    </message>
    <message>
        <source>What the customer display shows</source>
        <translation>Ce qu&apos;affiche l&apos;écran client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>USDC dus</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Press any digit to start the next sale.</source>
        <translation>Appuyez sur un chiffre pour commencer la vente suivante.</translation>
    </message>
    <message>
        <source>Cancel sale  (Esc)</source>
        <translation>Annuler la vente  (Esc)</translation>
    </message>
    <message>
        <source>Rest in cash  (F2)</source>
        <translation>Reste en espèces  (F2)</translation>
    </message>
    <message>
        <source>Rest by card  (F3)</source>
        <translation>Reste par carte  (F3)</translation>
    </message>
    <message>
        <source>Give back  (F4)</source>
        <translation>Rendre  (F4)</translation>
    </message>
    <message>
        <source>Park sale  (F8)</source>
        <translation>Mettre en attente  (F8)</translation>
    </message>
    <message>
        <source>{received} of {due} received. Take the rest another way, give it back, or park the sale for the next customer.</source>
        <translation>{received} reçus sur {due}. Encaissez le reste autrement, rendez-le, ou mettez la vente en attente pour le client suivant.</translation>
    </message>
    <message>
        <source>{received} of {due} received before the time ran out: take the rest another way, or give it back.</source>
        <translation>{received} reçus sur {due} avant la fin du délai : encaissez le reste autrement, ou rendez-le.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Last sale: {amount} · {state} at {time}</source>
        <translation>Dernière vente : {amount} · {state} à {time}</translation>
    </message>
    <message>
        <source>{rate} · {source} + {spread}%</source>
        <translation>{rate} · {source} + {spread}%</translation>
    </message>
    <message>
        <source>{rate} · {source}</source>
        <translation>{rate} · {source}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Memo {memo}</source>
        <translation>Mémo {memo}</translation>
    </message>
    <message>
        <source>time is up, checking…</source>
        <translation>délai écoulé, vérification…</translation>
    </message>
    <message>
        <source>✓  Paid  {amount}</source>
        <translation>✓  Payé  {amount}</translation>
    </message>
    <message>
        <source>Expired: the customer did not pay in time</source>
        <translation>Expirée : le client n&apos;a pas payé à temps</translation>
    </message>
    <message>
        <source>{received} received: take the rest another way or give it back (below).</source>
        <translation>{received} reçus : encaissez le reste autrement ou rendez-le (ci-dessous).</translation>
    </message>
    <message>
        <source>Nothing was received.</source>
        <translation>Rien n&apos;a été reçu.</translation>
    </message>
    <message>
        <source>Sale cancelled: given back</source>
        <translation>Vente annulée : montant rendu</translation>
    </message>
    <message>
        <source>{received} queued for refund to the customer.</source>
        <translation>{received} en attente de remboursement au client.</translation>
    </message>
    <message>
        <source>Sale cancelled</source>
        <translation>Vente annulée</translation>
    </message>
    <message>
        <source>{received}  ·  tx {hash}</source>
        <translation>{received}  ·  tx {hash}</translation>
    </message>
    <message>
        <source>+  {amount} cash</source>
        <translation>+  {amount} en espèces</translation>
    </message>
    <message>
        <source>+  {amount} card</source>
        <translation>+  {amount} par carte</translation>
    </message>
    <message>
        <source>+  {amount} {way}</source>
        <translation>+  {amount} {way}</translation>
    </message>
    <message>
        <source>Overpaid {amount}</source>
        <translation>Trop-perçu {amount}</translation>
    </message>
</context>
<context>
    <name>SalesChartView</name>
    <message>
        <source>{measure} per hour</source>
        <translation>{measure} par heure</translation>
    </message>
    <message>
        <source>{measure} per day</source>
        <translation>{measure} par jour</translation>
    </message>
    <message>
        <source>{measure} per month</source>
        <translation>{measure} par mois</translation>
    </message>
    <message>
        <source>Chart measure</source>
        <translation>Mesure du graphique</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Sales ({currency})</source>
        <translation>Ventes ({currency})</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC reçus</translation>
    </message>
    <message>
        <source>Number of paid sales</source>
        <translation>Nombre de ventes payées</translation>
    </message>
    <message>
        <source>Sales — nothing in this period</source>
        <translation>Ventes — rien sur cette période</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>milliers</translation>
    </message>
</context>
<context>
    <name>SalesFields</name>
    <message>
        <source>Prices include tax</source>
        <translation>Les prix incluent la taxe</translation>
    </message>
    <message>
        <source>Tax is added to prices</source>
        <translation>La taxe s&apos;ajoute aux prix</translation>
    </message>
    <message>
        <source>Offer tips on the customer display</source>
        <translation>Proposer un pourboire sur l&apos;écran client</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Tip choices (%)</source>
        <translation>Choix de pourboire (%)</translation>
    </message>
    <message>
        <source>Discount a cashier may give alone (%)</source>
        <translation>Remise qu&apos;un caissier peut accorder seul (%)</translation>
    </message>
    <message>
        <source>Ask to confirm sales above (USDC)</source>
        <translation>Demander confirmation des ventes au-delà de (USDC)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>tx</source>
        <translation>tx</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>payeur</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Double-click a sale for its payments and webhook deliveries</source>
        <translation>Double-cliquez sur une vente pour voir ses paiements et ses envois webhook</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter CSV…</translation>
    </message>
    <message>
        <source>Z-report…</source>
        <translation>Rapport Z…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>UTF-8 BOM (Excel)</source>
        <translation>UTF-8 BOM (Excel)</translation>
    </message>
    <message>
        <source>Start the file with a byte-order mark so Excel reads UTF-8</source>
        <translation>Commencer le fichier par une marque d&apos;ordre des octets pour qu&apos;Excel lise l&apos;UTF-8</translation>
    </message>
    <message>
        <source>Exporting sales…</source>
        <translation>Export des ventes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exporting sales… {rows} rows</source>
        <translation>
            <numerusform>Export des ventes… {rows} ligne</numerusform>
            <numerusform>Export des ventes… {rows} lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {rows} sales to {path}</source>
        <translation>
            <numerusform>{rows} vente exportée vers {path}</numerusform>
            <numerusform>{rows} ventes exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Échec de l&apos;export : {error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>Chargement impossible : {error}</translation>
    </message>
    <message>
        <source>Export sales as CSV</source>
        <translation>Exporter les ventes en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} sales (scroll for more)</source>
        <translation>
            <numerusform>{loaded} vente affichée (faites défiler pour en voir plus)</numerusform>
            <numerusform>{loaded} ventes affichées (faites défiler pour en voir plus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} sales</source>
        <translation>
            <numerusform>{loaded} vente affichée</numerusform>
            <numerusform>{loaded} ventes affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} of {total} sales</source>
        <translation>
            <numerusform>Vente affichée : {loaded} sur {total}</numerusform>
            <numerusform>Ventes affichées : {loaded} sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>search by {kind}</source>
        <translation>recherche par {kind}</translation>
    </message>
    <message>
        <source>double-click a sale for details</source>
        <translation>double-cliquez sur une vente pour voir le détail</translation>
    </message>
</context>
<context>
    <name>SalesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>USDC dus</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC reçus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>Tri impossible</translation>
    </message>
</context>
<context>
    <name>SecretReveal</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Shown only now: paste it into your backend&apos;s webhook settings. posapp keeps it in the OS keyring (never in its database) and will not show it again.</source>
        <translation>Affiché uniquement maintenant : collez-le dans les paramètres webhook de votre backend. posapp le conserve dans le trousseau du système (jamais dans sa base de données) et ne l&apos;affichera plus.</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>network</source>
        <translation>le nouveau réseau</translation>
    </message>
    <message>
        <source>merchant account</source>
        <translation>le nouveau compte marchand</translation>
    </message>
    <message>
        <source>Horizon address</source>
        <translation>la nouvelle adresse Horizon</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>la nouvelle devise</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>la nouvelle tolérance</translation>
    </message>
    <message>
        <source>monitoring window</source>
        <translation>la nouvelle fenêtre de surveillance</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Check account</source>
        <translation>Vérifier le compte</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Network &amp;&amp; account</source>
        <translation>Réseau &amp;&amp; compte</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Sales &amp;&amp; items</source>
        <translation>Ventes &amp;&amp; articles</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Loading settings…</source>
        <translation>Chargement des paramètres…</translation>
    </message>
    <message>
        <source>e.g. x-cg-demo-api-key</source>
        <translation>p. ex. x-cg-demo-api-key</translation>
    </message>
    <message>
        <source>kept in the OS keyring; leave empty to keep or remove</source>
        <translation>conservée dans le trousseau du système ; laissez vide pour la conserver ou la supprimer</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>API key for the live rate (optional)</source>
        <translation>Clé API pour le taux en direct (facultative)</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>En-tête :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merchant account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Compte marchand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A new network or account is looked up on Horizon when you save; the watcher starts reading it from its newest payment.</source>
        <translation>Un nouveau réseau ou compte est vérifié sur Horizon à l&apos;enregistrement ; la surveillance commence à le lire à partir de son paiement le plus récent.</translation>
    </message>
    <message>
        <source>Create a new secret…</source>
        <translation>Créer un nouveau secret…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing secret&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secret de signature&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A new secret replaces the old one; the old one keeps signing for 24 hours so your backend can switch without missing an event.</source>
        <translation>Un nouveau secret remplace l&apos;ancien ; l&apos;ancien continue de signer pendant 24 heures pour que votre backend puisse basculer sans manquer d&apos;événement.</translation>
    </message>
    <message>
        <source>Several counters on one database share these settings; a counter can use its own printer with POSAPP_RECEIPT_PRINTER (e.g. tcp://192.168.1.51:9100).</source>
        <translation>Plusieurs caisses sur une même base de données partagent ces paramètres ; une caisse peut utiliser sa propre imprimante avec POSAPP_RECEIPT_PRINTER (p. ex. tcp://192.168.1.51:9100).</translation>
    </message>
    <message>
        <source>Lock the counter after:</source>
        <translation>Verrouiller la caisse après :</translation>
    </message>
    <message>
        <source>With no key press or touch for this long, posapp returns to the sign-in screen. After 5 wrong PINs a user is locked, for longer after each further wrong PIN; an admin can unlock them on the Users tab.</source>
        <translation>Sans appui sur une touche ni contact pendant cette durée, posapp revient à l&apos;écran de connexion. Après 5 PIN erronés, un utilisateur est verrouillé, plus longtemps à chaque nouveau PIN erroné ; un administrateur peut le déverrouiller dans l&apos;onglet Utilisateurs.</translation>
    </message>
    <message>
        <source>A secret is set. Kept in: {store}</source>
        <translation>Un secret est défini. Conservé dans : {store}</translation>
    </message>
    <message>
        <source>No secret yet. Kept in: {store}</source>
        <translation>Pas encore de secret. Conservé dans : {store}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring.</source>
        <translation>Une clé est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved. The counter uses them from the next sale (a new network, merchant account, Horizon address or currency needs a restart of posapp).</source>
        <translation>Enregistré. La caisse les utilise dès la prochaine vente (un nouveau réseau, compte marchand, adresse Horizon ou devise nécessite un redémarrage de posapp).</translation>
    </message>
    <message>
        <source>Still to do: {warning}</source>
        <translation>Reste à faire : {warning}</translation>
    </message>
    <message>
        <source>The new language shows after posapp restarts.</source>
        <translation>La nouvelle langue s&apos;affichera après le redémarrage de posapp.</translation>
    </message>
    <message>
        <source>A secret is set (shown below once).</source>
        <translation>Un secret est défini (affiché une seule fois ci-dessous).</translation>
    </message>
    <message>
        <source>Creating a new secret…</source>
        <translation>Création d&apos;un nouveau secret…</translation>
    </message>
    <message>
        <source>New secret created (shown below once). The old one works 24 h more.</source>
        <translation>Nouveau secret créé (affiché une seule fois ci-dessous). L&apos;ancien reste valable 24 h.</translation>
    </message>
    <message>
        <source>New webhook secret created.</source>
        <translation>Nouveau secret webhook créé.</translation>
    </message>
    <message>
        <source>Only used with a live rate source.</source>
        <translation>Utilisé uniquement avec une source de taux en direct.</translation>
    </message>
    <message>
        <source>Key saved for {source} (in the OS keyring).</source>
        <translation>Clé enregistrée pour {source} (dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Key removed for {source} (in the OS keyring).</source>
        <translation>Clé supprimée pour {source} (dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Saving the API key…</source>
        <translation>Enregistrement de la clé API…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up posapp</source>
        <translation>Configurer posapp</translation>
    </message>
    <message>
        <source>Settings from {source} are filled in. Check them on each page, then create the first administrator.</source>
        <translation>Les paramètres de {source} sont pré-remplis. Vérifiez-les sur chaque page, puis créez le premier administrateur.</translation>
    </message>
    <message>
        <source>Start using posapp</source>
        <translation>Commencer à utiliser posapp</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <source>Fixed rate</source>
        <translation>Taux fixe</translation>
    </message>
    <message>
        <source>Live rate from</source>
        <translation>Taux en direct depuis</translation>
    </message>
    <message>
        <source>a known source, or the base URL of a CoinGecko-style API</source>
        <translation>une source connue, ou l&apos;URL de base d&apos;une API de type CoinGecko</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>% added to the USDC due</source>
        <translation>% ajouté aux USDC dus</translation>
    </message>
    <message>
        <source>USDC short still counts as paid (never over 1 % of a sale)</source>
        <translation>Manque en USDC toléré comme payé (jamais plus de 1 % d&apos;une vente)</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Nom de la boutique :</translation>
    </message>
    <message>
        <source>This counter:</source>
        <translation>Cette caisse :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Taux :</translation>
    </message>
    <message>
        <source>Spread:</source>
        <translation>Marge :</translation>
    </message>
    <message>
        <source>Time to pay:</source>
        <translation>Délai de paiement :</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolérance :</translation>
    </message>
    <message>
        <source>{currency} per 1 USDC</source>
        <translation>{currency} pour 1 USDC</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>How prices become USDC: the rate, an optional spread, and how long a customer has to pay.</source>
        <translation>Comment les prix sont convertis en USDC : le taux de change, une marge facultative et le temps dont dispose un client pour payer.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This counter has no administrator yet. Create one in a terminal:
posapp --data-dir {data_dir} users add NAME --role admin</source>
        <translation>Cette caisse n&apos;a pas encore d&apos;administrateur. Créez-en un dans un terminal :
posapp --data-dir {data_dir} users add NAME --role admin</translation>
    </message>
    <message>
        <source>posapp is already running</source>
        <translation>posapp est déjà en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>posapp is already running on this computer for the data dir {data_dir}.
Its window was brought forward: use that one.</source>
        <translation>posapp est déjà en cours d&apos;exécution sur cet ordinateur pour le dossier de données {data_dir}.
Sa fenêtre a été mise au premier plan : utilisez celle-ci.</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <source>posapp is not set up yet</source>
        <translation>posapp n&apos;est pas encore configuré</translation>
    </message>
    <message>
        <source>&lt;b&gt;This counter is not set up yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ask your administrator to run, in a terminal:&lt;br&gt;&lt;pre&gt;{command}&lt;/pre&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;&lt;br&gt;(A setup wizard will do this from here in a later version.) Try &lt;code&gt;posapp --demo&lt;/code&gt; to see posapp on a built-in test network.</source>
        <translation>&lt;b&gt;Cette caisse n&apos;est pas encore configurée.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Demandez à votre administrateur d&apos;exécuter, dans un terminal :&lt;br&gt;&lt;pre&gt;{command}&lt;/pre&gt;Dossier de données : &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;&lt;br&gt;(Un assistant de configuration le fera d&apos;ici dans une version ultérieure.) Essayez &lt;code&gt;posapp --demo&lt;/code&gt; pour découvrir posapp sur un réseau de test intégré.</translation>
    </message>
    <message>
        <source>posapp cannot start</source>
        <translation>posapp ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <source>Waiting for payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Partiellement payé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Payé en retard</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired, partly paid</source>
        <translation>Expiré, partiellement payé</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>USDC at the counter</source>
        <translation>L&apos;USDC à la caisse</translation>
    </message>
</context>
<context>
    <name>StrayNotices</name>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it came without a memo, so it names no sale.</source>
        <translation>Un paiement de {amount} de {who} n&apos;a réglé aucune vente : il est arrivé sans mémo, il ne désigne donc aucune vente.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: its memo {memo} names no sale.</source>
        <translation>Un paiement de {amount} de {who} n&apos;a réglé aucune vente : son mémo {memo} ne désigne aucune vente.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: its memo names no sale of this shop.</source>
        <translation>Un paiement de {amount} de {who} n&apos;a réglé aucune vente : son mémo ne désigne aucune vente de cette boutique.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it paid a sale that was cancelled.</source>
        <translation>Un paiement de {amount} de {who} n&apos;a réglé aucune vente : il concernait une vente annulée.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it arrived long after its sale expired.</source>
        <translation>Un paiement de {amount} de {who} n&apos;a réglé aucune vente : il est arrivé longtemps après l&apos;expiration de sa vente.</translation>
    </message>
    <message>
        <source>Fake USDC refused: {amount} from {who} (tx {tx}) came from an unknown issuer: it is not real USDC and was never credited. The owner sees it in the history&apos;s unmatched payments.</source>
        <translation>Faux USDC refusé : {amount} de {who} (tx {tx}) proviennent d&apos;un émetteur inconnu : ce ne sont pas de vrais USDC et ils n&apos;ont jamais été crédités. Le propriétaire les voit dans les paiements non rattachés de l&apos;historique.</translation>
    </message>
    <message>
        <source>Overpaid: {extra} more than the sale asked for (payment of {amount} from {who}). The owner can give it back from the history.</source>
        <translation>Trop-perçu : {extra} de plus que le montant demandé par la vente (paiement de {amount} de {who}). Le propriétaire peut le rendre depuis l&apos;historique.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale.</source>
        <translation>Un paiement de {amount} de {who} n&apos;a réglé aucune vente.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: {reason}.</source>
        <translation>Un paiement de {amount} de {who} n&apos;a réglé aucune vente : {reason}.</translation>
    </message>
    <message>
        <source>Attach to this sale</source>
        <translation>Rattacher à cette vente</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payées</translation>
    </message>
    <message>
        <source>Sales value</source>
        <translation>Montant des ventes</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC reçus</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Vente moyenne</translation>
    </message>
    <message numerus="yes">
        <source>{unpaid} not (yet) paid</source>
        <translation>
            <numerusform>{unpaid} pas (encore) payée</numerusform>
            <numerusform>{unpaid} pas (encore) payées</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid and late sales, per currency, net of refunds</source>
        <translation>Ventes payées et en retard, par devise, nettes des remboursements</translation>
    </message>
    <message>
        <source>Given back by refunds: {refunded} USDC; before refunds the sales were {sales}</source>
        <translation>Rendu par remboursements : {refunded} USDC ; avant remboursements, les ventes s&apos;élevaient à {sales}</translation>
    </message>
    <message>
        <source>Includes partial payments and overpayments; {net} after refunds</source>
        <translation>Inclut les paiements partiels et les trop-perçus ; {net} après remboursements</translation>
    </message>
    <message>
        <source>Per paid sale</source>
        <translation>Par vente payée</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status} : {count}</translation>
    </message>
</context>
<context>
    <name>UnmatchedModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Montant (USDC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Why unmatched</source>
        <translation>Motif du non-rattachement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>{overpaid} USDC more than sale {sale} asked for (payment of {amount}): refund it to the payer</source>
        <translation>{overpaid} USDC de plus que le montant demandé par la vente {sale} (paiement de {amount}) : remboursez-les au payeur</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Trop-perçu</translation>
    </message>
</context>
<context>
    <name>UnmatchedTab</name>
    <message>
        <source>Webhook: {events}</source>
        <translation>Webhook : {events}</translation>
    </message>
    <message>
        <source>Webhook: none</source>
        <translation>Webhook : aucun</translation>
    </message>
    <message>
        <source>Attach {amount} USDC from {payer}
to sale {sale} ({price}, due {due} USDC, received so far {received})?</source>
        <translation>Rattacher {amount} USDC de {payer}
à la vente {sale} ({price}, dû {due} USDC, reçu jusqu&apos;ici {received}) ?</translation>
    </message>
    <message>
        <source>The sale becomes {status} with {received} USDC received.</source>
        <translation>La vente passe au statut {status} avec {received} USDC reçus.</translation>
    </message>
    <message>
        <source>This is recorded in the audit log and cannot be undone.</source>
        <translation>Cette opération est consignée dans le journal d&apos;audit et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Attach to a sale…</source>
        <translation>Rattacher à une vente…</translation>
    </message>
    <message>
        <source>Mark for refund…</source>
        <translation>Marquer à rembourser…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Prepare the refund transaction and sign it with your wallet&apos;s QR scanner</source>
        <translation>Préparer la transaction de remboursement et la signer avec le lecteur QR de votre portefeuille</translation>
    </message>
    <message>
        <source>Copy payer address</source>
        <translation>Copier l&apos;adresse du payeur</translation>
    </message>
    <message>
        <source>Show attached and refunded</source>
        <translation>Afficher les rattachés et remboursés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>USDC that reached the shop&apos;s account without a memo naming a sale (or for a cancelled sale). Nothing is ever assigned by amount: attach a payment to its sale, or mark it to be refunded from your wallet. Overpaid: money beyond what a sale asked for, to send back to the payer from your wallet.</source>
        <translation>USDC arrivés sur le compte de la boutique sans mémo désignant une vente (ou pour une vente annulée). Rien n&apos;est jamais attribué d&apos;après le montant : rattachez un paiement à sa vente, ou marquez-le pour le rembourser depuis votre portefeuille. Trop-perçu : argent reçu au-delà du montant demandé par une vente, à renvoyer au payeur depuis votre portefeuille.</translation>
    </message>
    <message>
        <source>Could not load unmatched payments: {error}</source>
        <translation>Impossible de charger les paiements non rattachés : {error}</translation>
    </message>
    <message>
        <source>Attach payment?</source>
        <translation>Rattacher le paiement ?</translation>
    </message>
    <message>
        <source>Mark for refund</source>
        <translation>Marquer à rembourser</translation>
    </message>
    <message>
        <source>Refund {amount} USDC to {payer}?
posapp holds no key: send it back from your wallet.
Note (optional):</source>
        <translation>Rembourser {amount} USDC à {payer} ?
posapp ne détient aucune clé : renvoyez-les depuis votre portefeuille.
Note (facultative) :</translation>
    </message>
    <message>
        <source>Attached {amount} USDC to {sale}: {status}</source>
        <translation>{amount} USDC rattachés à {sale} : {status}</translation>
    </message>
    <message>
        <source>Marked {amount} USDC for refund</source>
        <translation>{amount} USDC marqués à rembourser</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>PIN: 4 to 8 digits (not 0000 or 1234). Password: 8 to 72 characters.</source>
        <translation>PIN : 4 à 8 chiffres (ni 0000 ni 1234). Mot de passe : 8 à 72 caractères.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Nouveau PIN ou mot de passe :</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>PIN ou mot de passe :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Make cashier</source>
        <translation>Passer caissier</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Passer propriétaire</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>Passer administrateur</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Réinitialiser le PIN…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Verrouillé jusqu&apos;à {time}</translation>
    </message>
    <message numerus="yes">
        <source>{state} · %n wrong PIN(s)</source>
        <translation>
            <numerusform>{state} · %n PIN erroné</numerusform>
            <numerusform>{state} · %n PIN erronés</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · you</source>
        <translation>{status} · vous</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Saved ({name}).</source>
        <translation>Enregistré ({name}).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Ajout de {name}…</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>Nouveau PIN pour {name}</translation>
    </message>
    <message>
        <source>Setting a new PIN for {name}…</source>
        <translation>Définition d&apos;un nouveau PIN pour {name}…</translation>
    </message>
    <message>
        <source>Changing {name}&apos;s role…</source>
        <translation>Changement du rôle de {name}…</translation>
    </message>
    <message>
        <source>Disabling {name}…</source>
        <translation>Désactivation de {name}…</translation>
    </message>
    <message>
        <source>Enabling {name}…</source>
        <translation>Activation de {name}…</translation>
    </message>
    <message>
        <source>Unlocking {name}…</source>
        <translation>Déverrouillage de {name}…</translation>
    </message>
</context>
<context>
    <name>WebhookFields</name>
    <message>
        <source>https://your-backend.example/posapp-webhook  (optional)</source>
        <translation>https://your-backend.example/posapp-webhook  (facultatif)</translation>
    </message>
    <message>
        <source>Keep the webhook secret in a file in the data folder instead (readable only by this Windows/macOS/Linux user)</source>
        <translation>Conserver plutôt le secret webhook dans un fichier du dossier de données (lisible uniquement par cet utilisateur Windows/macOS/Linux)</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL du point de terminaison :</translation>
    </message>
    <message>
        <source>No usable OS keyring ({problem}). posapp keeps secrets only in the keyring unless you allow a file: install and unlock a keyring (e.g. gnome-keyring, KWallet), or tick the box below.</source>
        <translation>Aucun trousseau système utilisable ({problem}). posapp ne conserve les secrets que dans le trousseau, sauf si vous autorisez un fichier : installez et déverrouillez un trousseau (p. ex. gnome-keyring, KWallet), ou cochez la case ci-dessous.</translation>
    </message>
</context>
<context>
    <name>WebhookIndicator</name>
    <message>
        <source>⚠ Webhooks: %n waiting, {given_up} not delivered · {problem}</source>
        <translation>⚠ Webhooks : %n en attente, {given_up} non livrés · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting, {given_up} not delivered</source>
        <translation>⚠ Webhooks : %n en attente, {given_up} non livrés</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting · {problem}</source>
        <translation>⚠ Webhooks : %n en attente · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting</source>
        <translation>⚠ Webhooks : %n en attente</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending, %n not delivered · {problem}</source>
        <translation>⚠ Webhooks : envoi arrêté, %n non livrés · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending, %n not delivered</source>
        <translation>⚠ Webhooks : envoi arrêté, %n non livrés</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending · {problem}</source>
        <translation>⚠ Webhooks : envoi arrêté · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending</source>
        <translation>⚠ Webhooks : envoi arrêté</translation>
    </message>
    <message>
        <source>Webhook events waiting to reach your backend: {waiting} ({retrying} after a failed attempt)</source>
        <translation>Événements webhook en attente d&apos;envoi vers votre backend : {waiting} ({retrying} après une tentative échouée)</translation>
    </message>
    <message>
        <source>Webhook events waiting to reach your backend: {waiting}</source>
        <translation>Événements webhook en attente d&apos;envoi vers votre backend : {waiting}</translation>
    </message>
    <message>
        <source>Not delivered after every retry, or refused: {given_up} (send them again with `posapp webhooks replay`)</source>
        <translation>Non livrés après toutes les tentatives, ou refusés : {given_up} (renvoyez-les avec `posapp webhooks replay`)</translation>
    </message>
    <message>
        <source>Sending is stopped: {reason}</source>
        <translation>L&apos;envoi est arrêté : {reason}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Dernière erreur : {error}</translation>
    </message>
    <message>
        <source>Waiting events are retried automatically; sales are not affected.</source>
        <translation>Les événements en attente sont renvoyés automatiquement ; les ventes ne sont pas affectées.</translation>
    </message>
</context>
<context>
    <name>WebhookPage</name>
    <message>
        <source>Tell your backend about payments (optional)</source>
        <translation>Informer votre backend des paiements (facultatif)</translation>
    </message>
    <message>
        <source>posapp can send each paid, expired or cancelled sale to your own server, signed with a secret (Standard Webhooks). Leave empty if you do not have one.</source>
        <translation>posapp peut envoyer chaque vente payée, expirée ou annulée à votre propre serveur, signée avec un secret (Standard Webhooks). Laissez vide si vous n&apos;en avez pas.</translation>
    </message>
    <message>
        <source>A new signing secret is created when you finish and shown once, with a copy button. It is kept in the OS keyring, never in posapp&apos;s database.</source>
        <translation>Un nouveau secret de signature est créé à la fin et affiché une seule fois, avec un bouton de copie. Il est conservé dans le trousseau du système, jamais dans la base de données de posapp.</translation>
    </message>
</context>
<context>
    <name>ZReport</name>
    <message>
        <source>cashier {name}</source>
        <translation>caissier {name}</translation>
    </message>
    <message>
        <source>terminal {name}</source>
        <translation>terminal {name}</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payées</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielles</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Fiat sales</source>
        <translation>Ventes en devise</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC reçus</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Tous les caissiers</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>Tous les terminaux</translation>
    </message>
    <message>
        <source>{shop} — Z-report</source>
        <translation>{shop} — rapport Z</translation>
    </message>
    <message>
        <source>Unmatched USDC payments received this day: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC); still to resolve: &lt;b&gt;{unresolved}&lt;/b&gt;.</source>
        <translation>Paiements USDC non rattachés reçus ce jour : &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC) ; restant à traiter : &lt;b&gt;{unresolved}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Overpaid: payments beyond what their sale asked for: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC to refund to the payers).</source>
        <translation>Trop-perçus, paiements au-delà du montant demandé par leur vente : &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC à rembourser aux payeurs).</translation>
    </message>
    <message>
        <source>Partly paid sales settled at the counter: the rest taken another way: &lt;b&gt;{settled}&lt;/b&gt;; given back (queued for refund): &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC).</source>
        <translation>Ventes partiellement payées réglées à la caisse, reste encaissé autrement : &lt;b&gt;{settled}&lt;/b&gt; ; rendues (remboursement en attente) : &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC).</translation>
    </message>
    <message>
        <source>Made {when} by {who}. Fiat sales count paid and late sales; USDC received includes partial payments.</source>
        <translation>Établi {when} par {who}. Les ventes en devise comptent les ventes payées et en retard ; les USDC reçus incluent les paiements partiels.</translation>
    </message>
    <message>
        <source>cash {amount} ({count} sales)</source>
        <translation>espèces {amount} ({count} ventes)</translation>
    </message>
    <message>
        <source>card {amount} ({count} sales)</source>
        <translation>carte {amount} ({count} ventes)</translation>
    </message>
    <message>
        <source>cash {amount} (1 sale)</source>
        <translation>espèces {amount} (1 vente)</translation>
    </message>
    <message>
        <source>card {amount} (1 sale)</source>
        <translation>carte {amount} (1 vente)</translation>
    </message>
    <message>
        <source>Refunds of this day&apos;s sales: &lt;b&gt;{refunded}&lt;/b&gt;; net sales: &lt;b&gt;{net}&lt;/b&gt;.</source>
        <translation>Remboursements des ventes du jour : &lt;b&gt;{refunded}&lt;/b&gt; ; ventes nettes : &lt;b&gt;{net}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Refunds sent this day: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC)</source>
        <translation>Remboursements envoyés ce jour : &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC)</translation>
    </message>
    <message>
        <source>{who} (approved by {approver})</source>
        <translation>{who} (approuvé par {approver})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Sale / payment</source>
        <translation>Vente / paiement</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>Ventes par article</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Ventes par catégorie</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Pourboires</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Tax collected, tips and discounts by cashier</source>
        <translation>Taxe collectée, pourboires et remises par caissier</translation>
    </message>
</context>
<context>
    <name>ZReportDialog</name>
    <message>
        <source>End-of-day report (Z)</source>
        <translation>Rapport de fin de journée (Z)</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Tous les caissiers</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>Tous les terminaux</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Could not build the report: {error}</source>
        <translation>Impossible de préparer le rapport : {error}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Save Z-report</source>
        <translation>Enregistrer le rapport Z</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>a discount is either a percentage or an amount</source>
        <translation>une remise est soit un pourcentage, soit un montant</translation>
    </message>
    <message>
        <source>a discount percentage is between 0 and 100</source>
        <translation>un pourcentage de remise est compris entre 0 et 100</translation>
    </message>
    <message>
        <source>a discount cannot be negative</source>
        <translation>une remise ne peut pas être négative</translation>
    </message>
    <message>
        <source>a tip is either a percentage or an amount</source>
        <translation>un pourboire est soit un pourcentage, soit un montant</translation>
    </message>
    <message>
        <source>a tip percentage is between 0 and 100</source>
        <translation>un pourcentage de pourboire est compris entre 0 et 100</translation>
    </message>
    <message>
        <source>a tip cannot be negative</source>
        <translation>un pourboire ne peut pas être négatif</translation>
    </message>
    <message>
        <source>a quantity is a whole number</source>
        <translation>une quantité est un nombre entier</translation>
    </message>
    <message>
        <source>a quantity is between 1 and {limit}</source>
        <translation>une quantité est comprise entre 1 et {limit}</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>un prix ne peut pas être négatif</translation>
    </message>
    <message>
        <source>a tax rate is between 0 and 100 %</source>
        <translation>un taux de taxe est compris entre 0 et 100 %</translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation>le panier est vide</translation>
    </message>
    <message>
        <source>a cart holds at most {limit} lines</source>
        <translation>un panier contient au plus {limit} lignes</translation>
    </message>
    <message>
        <source>an amount has more than {places} decimal places for this currency</source>
        <translation>un montant a plus de {places} décimales pour cette devise</translation>
    </message>
    <message>
        <source>the catalog was not imported: {problems}; and {more} more</source>
        <translation>le catalogue n&apos;a pas été importé : {problems} ; et {more} de plus</translation>
    </message>
    <message>
        <source>the catalog was not imported: {problems}</source>
        <translation>le catalogue n&apos;a pas été importé : {problems}</translation>
    </message>
    <message>
        <source>sku must be 1 to 64 printable characters</source>
        <translation>sku doit comporter de 1 à 64 caractères imprimables</translation>
    </message>
    <message>
        <source>name must be 1 to 120 characters</source>
        <translation>name doit comporter de 1 à 120 caractères</translation>
    </message>
    <message>
        <source>price: {error}</source>
        <translation>price : {error}</translation>
    </message>
    <message>
        <source>tax_rate {tax_rate!r} is not a number</source>
        <translation>tax_rate {tax_rate!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>tax_rate must be between 0 and 100 (percent)</source>
        <translation>tax_rate doit être compris entre 0 et 100 (pourcentage)</translation>
    </message>
    <message>
        <source>barcode must be at most 64 printable characters</source>
        <translation>barcode doit comporter au plus 64 caractères imprimables</translation>
    </message>
    <message>
        <source>enabled {enabled!r} is not yes or no</source>
        <translation>enabled {enabled!r} ne vaut ni yes ni no</translation>
    </message>
    <message>
        <source>currency is empty</source>
        <translation>la devise est vide</translation>
    </message>
    <message>
        <source>unknown currency {code!r}: use an ISO code like INR</source>
        <translation>devise inconnue {code!r} : utilisez un code ISO comme INR</translation>
    </message>
    <message>
        <source>{what} is not a valid URL: {url!r}</source>
        <translation>{what} n&apos;est pas une URL valide : {url!r}</translation>
    </message>
    <message>
        <source>{what} must be an https:// URL, got {url!r}</source>
        <translation>{what} doit être une URL https://, reçu {url!r}</translation>
    </message>
    <message>
        <source>{what} has no host: {url!r}</source>
        <translation>{what} n&apos;a pas d&apos;hôte : {url!r}</translation>
    </message>
    <message>
        <source>{what} must use https, not plain http to {origin} (plain http is allowed only to this machine: localhost, 127.0.0.1, ::1)</source>
        <translation>{what} doit utiliser https, pas http simple vers {origin} (http simple n&apos;est autorisé que vers cette machine : localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>language must be one of {choices}</source>
        <translation>la langue doit être l&apos;une des suivantes : {choices}</translation>
    </message>
    <message>
        <source>unknown language {code}: use one of {choices}</source>
        <translation>langue inconnue {code} : utilisez l&apos;une des suivantes : {choices}</translation>
    </message>
    <message>
        <source>amount must be a number, not {kind}</source>
        <translation>le montant doit être un nombre, pas {kind}</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <source>amount {raw!r} is not a number</source>
        <translation>le montant {raw!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>amount must be a finite number</source>
        <translation>le montant doit être un nombre fini</translation>
    </message>
    <message>
        <source>amount must be greater than zero</source>
        <translation>le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>amount has more than {places} decimal places</source>
        <translation>le montant a plus de {places} décimales</translation>
    </message>
    <message>
        <source>amount is too large (maximum {maximum})</source>
        <translation>le montant est trop élevé (maximum {maximum})</translation>
    </message>
    <message>
        <source>{amount} has more than 7 decimal places</source>
        <translation>{amount} a plus de 7 décimales</translation>
    </message>
    <message>
        <source>fiat amount and rate must be greater than zero</source>
        <translation>le montant en devise et le taux doivent être supérieurs à zéro</translation>
    </message>
    <message>
        <source>spread must be between 0 and 100 percent</source>
        <translation>la marge doit être comprise entre 0 et 100 pour cent</translation>
    </message>
    <message>
        <source>the USDC due is larger than a Stellar payment can carry</source>
        <translation>les USDC dus dépassent ce qu&apos;un paiement Stellar peut transporter</translation>
    </message>
    <message>
        <source>amount is out of range</source>
        <translation>le montant est hors limites</translation>
    </message>
    <message>
        <source>a cashier</source>
        <translation>un caissier</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>un propriétaire</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>encaisser</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>cancel partially paid</source>
        <translation>annuler une vente payée en partie</translation>
    </message>
    <message>
        <source>settle other way</source>
        <translation>encaisser le reste autrement</translation>
    </message>
    <message>
        <source>view history</source>
        <translation>voir l&apos;historique</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exporter</translation>
    </message>
    <message>
        <source>attach unmatched</source>
        <translation>rattacher les paiements non associés</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>rembourser</translation>
    </message>
    <message>
        <source>manage webhooks</source>
        <translation>gérer les webhooks</translation>
    </message>
    <message>
        <source>view audit</source>
        <translation>voir l&apos;audit</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>manage items</source>
        <translation>gérer les articles</translation>
    </message>
    <message>
        <source>discount above limit</source>
        <translation>remise au-delà de la limite</translation>
    </message>
    <message>
        <source>{name} no longer exists: sign in again</source>
        <translation>{name} n&apos;existe plus : reconnectez-vous</translation>
    </message>
    <message>
        <source>{name} has been disabled: ask an admin</source>
        <translation>{name} a été désactivé : demandez à un administrateur</translation>
    </message>
    <message>
        <source>{role} may not {action}</source>
        <translation>action non autorisée pour {role} : {action}</translation>
    </message>
    <message>
        <source>tolerance must be a number of USDC from 0 to 1</source>
        <translation>la tolérance doit être un nombre d&apos;USDC entre 0 et 1</translation>
    </message>
    <message>
        <source>tolerance must be from 0 to 1 USDC (each sale is also capped at 1 % of its amount)</source>
        <translation>la tolérance doit être comprise entre 0 et 1 USDC (chaque vente est aussi plafonnée à 1 % de son montant)</translation>
    </message>
    <message>
        <source>tolerance has more than 7 decimal places (a stroop is 0.0000001)</source>
        <translation>la tolérance a plus de 7 décimales (un stroop vaut 0.0000001)</translation>
    </message>
    <message>
        <source>rate source name {name!r} must be 1-40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>le nom de source de taux {name!r} doit comporter de 1 à 40 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>fixed rates need the time they were set</source>
        <translation>les taux fixes doivent indiquer l&apos;heure à laquelle ils ont été définis</translation>
    </message>
    <message>
        <source>API key given for unknown rate source {keys}</source>
        <translation>clé API fournie pour une source de taux inconnue {keys}</translation>
    </message>
    <message>
        <source>{code!r} is not a three-letter currency code</source>
        <translation>{code!r} n&apos;est pas un code de devise à trois lettres</translation>
    </message>
    <message>
        <source>the fixed {currency} rate must be a finite Decimal</source>
        <translation>le taux fixe {currency} doit être un Decimal fini</translation>
    </message>
    <message>
        <source>{name}: {currency!r} is not a currency code</source>
        <translation>{name} : {currency!r} n&apos;est pas un code de devise</translation>
    </message>
    <message>
        <source>{name}: no fixed rate set for {code} (set: {known})</source>
        <translation>{name} : aucun taux fixe défini pour {code} (définis : {known})</translation>
    </message>
    <message>
        <source>rate source {name}: base URL must be http(s)://host[/path] with no query, fragment or credentials</source>
        <translation>source de taux {name} : l&apos;URL de base doit être de la forme http(s)://hôte[/chemin], sans requête, fragment ni identifiants</translation>
    </message>
    <message>
        <source>rate source {name}: coin id {coin_id!r} is invalid</source>
        <translation>source de taux {name} : l&apos;identifiant de coin {coin_id!r} n&apos;est pas valide</translation>
    </message>
    <message>
        <source>rate source {name}: max age and cache time must be positive</source>
        <translation>source de taux {name} : l&apos;âge maximal et la durée de cache doivent être positifs</translation>
    </message>
    <message>
        <source>rate source {name}: timeout must be a positive number</source>
        <translation>source de taux {name} : le délai d&apos;attente doit être un nombre positif</translation>
    </message>
    <message>
        <source>rate source {name}: API key header needs a name and a key</source>
        <translation>source de taux {name} : l&apos;en-tête de clé API nécessite un nom et une clé</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name} : {reason}</translation>
    </message>
    <message>
        <source>a median rate source needs at least one source</source>
        <translation>une source de taux médiane nécessite au moins une source</translation>
    </message>
    <message>
        <source>rate source names must differ: {names}</source>
        <translation>les noms des sources de taux doivent être différents : {names}</translation>
    </message>
    <message>
        <source>min_sources must be between 1 and {count}</source>
        <translation>min_sources doit être compris entre 1 et {count}</translation>
    </message>
    <message>
        <source>max_spread_percent must be a Decimal of zero or more</source>
        <translation>max_spread_percent doit être un Decimal supérieur ou égal à zéro</translation>
    </message>
    <message>
        <source>{name}: answered {answered}, not {currency}</source>
        <translation>{name} : a répondu {answered}, et non {currency}</translation>
    </message>
    <message>
        <source>{name}: {count} of {total} sources answered for {currency} (need {min_sources}): {detail}</source>
        <translation>{name} : {count} sources sur {total} ont répondu pour {currency} (il en faut {min_sources}) : {detail}</translation>
    </message>
    <message>
        <source>{name}: {currency} sources disagree by more than {max_spread}% ({rates})</source>
        <translation>{name} : les sources {currency} divergent de plus de {max_spread}% ({rates})</translation>
    </message>
    <message>
        <source>{who} is a {kind}, not a Decimal</source>
        <translation>{who} est de type {kind}, pas un Decimal</translation>
    </message>
    <message>
        <source>{who} is not a finite number</source>
        <translation>{who} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{who} {rate} is not above zero</source>
        <translation>{who} {rate} n&apos;est pas supérieur à zéro</translation>
    </message>
    <message>
        <source>{who} {rate} is implausible (expected {low} to {high})</source>
        <translation>{who} {rate} n&apos;est pas plausible (attendu entre {low} et {high})</translation>
    </message>
    <message>
        <source>{who} is dated {age} in the future (limit {tolerance}); check this computer&apos;s clock</source>
        <translation>{who} est daté de {age} dans le futur (limite {tolerance}) ; vérifiez l&apos;horloge de cet ordinateur</translation>
    </message>
    <message>
        <source>{who} is stale: last updated {age} ago (limit {max_age})</source>
        <translation>{who} est périmé : dernière mise à jour il y a {age} (limite {max_age})</translation>
    </message>
    <message>
        <source>rate source {name}: base URL must start with https:// or http://</source>
        <translation>source de taux {name} : l&apos;URL de base doit commencer par https:// ou http://</translation>
    </message>
    <message>
        <source>rate source {name}: coin id is empty</source>
        <translation>source de taux {name} : l&apos;identifiant de coin est vide</translation>
    </message>
    <message>
        <source>{what} must be a Decimal or text, not {kind}</source>
        <translation>{what} doit être un Decimal ou du texte, pas {kind}</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a number</source>
        <translation>{what} {value!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{what} must be a number, not {kind}</source>
        <translation>{what} doit être un nombre, pas {kind}</translation>
    </message>
    <message>
        <source>{what} must be a finite number</source>
        <translation>{what} doit être un nombre fini</translation>
    </message>
    <message>
        <source>rate mode must be &apos;fixed&apos; or &apos;http&apos;, not {mode!r}</source>
        <translation>le mode de taux doit être &apos;fixed&apos; ou &apos;http&apos;, pas {mode!r}</translation>
    </message>
    <message>
        <source>fixed {currency} rate must be greater than zero</source>
        <translation>le taux fixe {currency} doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the time fixed rates were set must include a time zone</source>
        <translation>l&apos;heure de définition des taux fixes doit inclure un fuseau horaire</translation>
    </message>
    <message>
        <source>http rate mode needs at least one rate source</source>
        <translation>le mode de taux http nécessite au moins une source de taux</translation>
    </message>
    <message>
        <source>{what} must be a whole number from 1 to {high}</source>
        <translation>{what} doit être un nombre entier de 1 à {high}</translation>
    </message>
    <message>
        <source>max_spread_percent must be between 0 and 100</source>
        <translation>max_spread_percent doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>rate settings are not valid JSON</source>
        <translation>les paramètres de taux ne sont pas du JSON valide</translation>
    </message>
    <message>
        <source>rate settings must be a JSON object</source>
        <translation>les paramètres de taux doivent être un objet JSON</translation>
    </message>
    <message>
        <source>rate settings version {version} is not supported</source>
        <translation>la version {version} des paramètres de taux n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>rate settings: fixed_rates or http_sources has the wrong shape</source>
        <translation>paramètres de taux : fixed_rates ou http_sources n&apos;a pas la bonne forme</translation>
    </message>
    <message>
        <source>rate settings are malformed ({error})</source>
        <translation>les paramètres de taux sont mal formés ({error})</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <source>folder {directory} does not exist</source>
        <translation>le dossier {directory} n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write in {directory}: {error}</source>
        <translation>impossible d&apos;écrire dans {directory} : {error}</translation>
    </message>
    <message>
        <source>no session {session_id!r}</source>
        <translation>aucune session {session_id!r}</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>le dernier jour est antérieur au premier jour</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>reconciliation cancelled</source>
        <translation>rapprochement annulé</translation>
    </message>
    <message>
        <source>Horizon returned a page without a usable paging token</source>
        <translation>Horizon a renvoyé une page sans jeton de pagination utilisable</translation>
    </message>
    <message>
        <source>the sale is now {status} (was {expected}): review it again</source>
        <translation>la vente est maintenant {status} (au lieu de {expected}) : vérifiez-la à nouveau</translation>
    </message>
    <message>
        <source>the payment was resolved meanwhile</source>
        <translation>le paiement a été traité entre-temps</translation>
    </message>
    <message>
        <source>note is longer than {limit} characters</source>
        <translation>la note dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>no payment {operation_id!r}</source>
        <translation>aucun paiement {operation_id!r}</translation>
    </message>
    <message>
        <source>the payment is already {status}</source>
        <translation>le paiement est déjà {status}</translation>
    </message>
    <message>
        <source>no sale {session_id!r}</source>
        <translation>aucune vente {session_id!r}</translation>
    </message>
    <message>
        <source>that sale was charged to another account</source>
        <translation>cette vente a été encaissée sur un autre compte</translation>
    </message>
    <message>
        <source>that sale was charged on another network ({network})</source>
        <translation>cette vente a été encaissée sur un autre réseau ({network})</translation>
    </message>
    <message>
        <source>a cancelled sale cannot take a payment: mark it for refund instead</source>
        <translation>une vente annulée ne peut pas recevoir de paiement : marquez-le plutôt à rembourser</translation>
    </message>
    <message>
        <source>the payment arrived after this sale&apos;s monitoring window: mark it for refund</source>
        <translation>le paiement est arrivé après la fenêtre de surveillance de cette vente : marquez-le à rembourser</translation>
    </message>
    <message>
        <source>stored shop configuration is damaged: {error}</source>
        <translation>la configuration enregistrée de la boutique est endommagée : {error}</translation>
    </message>
    <message>
        <source>posapp is not set up here yet: run `posapp init` (or the setup)</source>
        <translation>posapp n&apos;est pas encore configuré ici : exécutez `posapp init` (ou l&apos;assistant de configuration)</translation>
    </message>
    <message>
        <source>the terminal name must be 1 to 64 printable characters</source>
        <translation>le nom du terminal doit comporter de 1 à 64 caractères imprimables</translation>
    </message>
    <message>
        <source>Horizon returned a payment record without a paging token and time</source>
        <translation>Horizon a renvoyé un enregistrement de paiement sans jeton de pagination ni heure</translation>
    </message>
    <message>
        <source>{printer} is not an ESC/POS printer</source>
        <translation>{printer} n&apos;est pas une imprimante ESC/POS</translation>
    </message>
    <message>
        <source>{printer} refused the connection: is it switched on?</source>
        <translation>{printer} a refusé la connexion : est-elle allumée ?</translation>
    </message>
    <message>
        <source>{printer} did not answer in time: is it on and connected?</source>
        <translation>{printer} n&apos;a pas répondu à temps : est-elle allumée et connectée ?</translation>
    </message>
    <message>
        <source>{printer} is not there: is it plugged in?</source>
        <translation>{printer} est introuvable : est-elle branchée ?</translation>
    </message>
    <message>
        <source>{printer} cannot be opened: this user may not use it</source>
        <translation>{printer} ne peut pas être ouverte : cet utilisateur n&apos;a peut-être pas le droit de l&apos;utiliser</translation>
    </message>
    <message>
        <source>{printer} needs libusb, which is not installed on this computer</source>
        <translation>{printer} nécessite libusb, qui n&apos;est pas installé sur cet ordinateur</translation>
    </message>
    <message>
        <source>{printer} was not found: is it plugged in and switched on?</source>
        <translation>{printer} est introuvable : est-elle branchée et allumée ?</translation>
    </message>
    <message>
        <source>cannot reach {printer} ({error})</source>
        <translation>impossible de joindre {printer} ({error})</translation>
    </message>
    <message>
        <source>cannot reach {printer}</source>
        <translation>impossible de joindre {printer}</translation>
    </message>
    <message>
        <source>{printer} stopped taking data: is it out of paper or its cover open?</source>
        <translation>{printer} n&apos;accepte plus de données : manque-t-il du papier ou le capot est-il ouvert ?</translation>
    </message>
    <message>
        <source>{printer} stopped while printing ({error})</source>
        <translation>{printer} s&apos;est arrêtée pendant l&apos;impression ({error})</translation>
    </message>
    <message>
        <source>{printer} stopped while printing</source>
        <translation>{printer} s&apos;est arrêtée pendant l&apos;impression</translation>
    </message>
    <message>
        <source>the receipt printer must be one line of at most 300 characters</source>
        <translation>l&apos;imprimante de reçus doit tenir sur une ligne d&apos;au plus 300 caractères</translation>
    </message>
    <message>
        <source>unknown receipt printer {text!r}: use tcp://HOST:9100, usb://VVVV:PPPP, serial://DEVICE, file://DEVICE, system://NAME, pdf://FOLDER or none</source>
        <translation>imprimante de reçus inconnue {text!r} : utilisez tcp://HOST:9100, usb://VVVV:PPPP, serial://DEVICE, file://DEVICE, system://NAME, pdf://FOLDER ou none</translation>
    </message>
    <message>
        <source>USB receipt printer {rest!r}: give vendor:product in hex, e.g. 04b8:0e15</source>
        <translation>imprimante de reçus USB {rest!r} : indiquez vendor:product en hexadécimal, p. ex. 04b8:0e15</translation>
    </message>
    <message>
        <source>the receipt {what} is missing, e.g. {hint}</source>
        <translation>l&apos;emplacement de l&apos;imprimante de reçus ({what}) est manquant, p. ex. {hint}</translation>
    </message>
    <message>
        <source>network receipt printer {text!r}: give a host name or IP address, e.g. tcp://192.168.1.50:9100</source>
        <translation>imprimante de reçus réseau {text!r} : indiquez un nom d&apos;hôte ou une adresse IP, p. ex. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>network receipt printer port {port_text!r} must be 1 to 65535 (thermal printers listen on 9100)</source>
        <translation>le port {port_text!r} de l&apos;imprimante de reçus réseau doit être compris entre 1 et 65535 (les imprimantes thermiques écoutent sur 9100)</translation>
    </message>
    <message>
        <source>the receipt printer&apos;s serial port is missing, e.g. /dev/ttyUSB0</source>
        <translation>le port série de l&apos;imprimante de reçus est manquant, p. ex. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>serial receipt printer: unknown option {key!r} (only baudrate)</source>
        <translation>imprimante de reçus série : option inconnue {key!r} (seul baudrate est accepté)</translation>
    </message>
    <message>
        <source>serial receipt printer: baudrate {value!r} must be one of {choices}</source>
        <translation>imprimante de reçus série : baudrate {value!r} doit être l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <source>no sale {session_id}</source>
        <translation>aucune vente {session_id}</translation>
    </message>
    <message>
        <source>no refund {refund_id!r}</source>
        <translation>aucun remboursement {refund_id!r}</translation>
    </message>
    <message>
        <source>refund {refund_id} is {state}: only a paid refund of a sale has a receipt</source>
        <translation>le remboursement {refund_id} est {state} : seul le remboursement payé d&apos;une vente a un reçu</translation>
    </message>
    <message>
        <source>refund {refund_id} is {state} and belongs to no sale: only a paid refund of a sale has a receipt</source>
        <translation>le remboursement {refund_id} est {state} et n&apos;est lié à aucune vente : seul le remboursement payé d&apos;une vente a un reçu</translation>
    </message>
    <message>
        <source>nothing was received for sale {session_id}, so it has no receipt</source>
        <translation>rien n&apos;a été reçu pour la vente {session_id}, elle n&apos;a donc pas de reçu</translation>
    </message>
    <message>
        <source>{what} must contain {field} once (where the transaction goes)</source>
        <translation>{what} doit contenir {field} une seule fois (là où va la transaction)</translation>
    </message>
    <message>
        <source>{what} must be an https:// address, got {text!r}</source>
        <translation>{what} doit être une adresse https://, reçu {text!r}</translation>
    </message>
    <message>
        <source>{what} must be one address without spaces, at most 200 characters</source>
        <translation>{what} doit être une seule adresse sans espaces, de 200 caractères au plus</translation>
    </message>
    <message>
        <source>the {name} must be text</source>
        <translation>le champ {name} doit être du texte</translation>
    </message>
    <message>
        <source>the {name} must be at most {most_chars} characters</source>
        <translation>le champ {name} doit comporter au plus {most_chars} caractères</translation>
    </message>
    <message>
        <source>the {name} must be at most {most_lines} line(s)</source>
        <translation>le champ {name} doit comporter au plus {most_lines} ligne(s)</translation>
    </message>
    <message>
        <source>the {name} has a control character</source>
        <translation>le champ {name} contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the receipt width must be 58 or 80 (mm)</source>
        <translation>la largeur du reçu doit être 58 ou 80 (mm)</translation>
    </message>
    <message>
        <source>automatic receipt printing must be off, ask or always</source>
        <translation>l&apos;impression automatique des reçus doit valoir off, ask ou always</translation>
    </message>
    <message>
        <source>receipt copies must be a whole number from 1 to {limit}</source>
        <translation>le nombre de copies du reçu doit être un nombre entier de 1 à {limit}</translation>
    </message>
    <message>
        <source>stored receipt settings are damaged</source>
        <translation>les paramètres de reçu enregistrés sont endommagés</translation>
    </message>
    <message>
        <source>the reason must be text of at most {limit} characters</source>
        <translation>le motif doit être un texte d&apos;au plus {limit} caractères</translation>
    </message>
    <message>
        <source>refund {session_id} is {state}: nothing to rebuild</source>
        <translation>le remboursement {session_id} est {state} : rien à reconstruire</translation>
    </message>
    <message>
        <source>refund {session_id} changed meanwhile: look again</source>
        <translation>le remboursement {session_id} a changé entre-temps : vérifiez à nouveau</translation>
    </message>
    <message>
        <source>refund {session_id} is {state}: only a waiting one can be cancelled</source>
        <translation>le remboursement {session_id} est {state} : seul un remboursement en attente peut être annulé</translation>
    </message>
    <message>
        <source>no sale {ref}</source>
        <translation>aucune vente {ref}</translation>
    </message>
    <message>
        <source>sale {ref} is still waiting for its payment: give back or cancel it first</source>
        <translation>la vente {ref} attend encore son paiement : rendez ou annulez-la d&apos;abord</translation>
    </message>
    <message>
        <source>sale {ref} received nothing: there is nothing to refund</source>
        <translation>la vente {ref} n&apos;a rien reçu : il n&apos;y a rien à rembourser</translation>
    </message>
    <message>
        <source>no payment with operation id {ref}</source>
        <translation>aucun paiement avec l&apos;identifiant d&apos;opération {ref}</translation>
    </message>
    <message>
        <source>{ref!r} is neither a sale id (pay_…) nor a payment&apos;s operation id</source>
        <translation>{ref!r} n&apos;est ni un identifiant de vente (pay_…) ni l&apos;identifiant d&apos;opération d&apos;un paiement</translation>
    </message>
    <message>
        <source>everything {ref} received ({received} USDC) is already refunded or waiting to be</source>
        <translation>tout ce que {ref} a reçu ({received} USDC) est déjà remboursé ou en attente de l&apos;être</translation>
    </message>
    <message>
        <source>refund {error}</source>
        <translation>remboursement : {error}</translation>
    </message>
    <message>
        <source>{to} did not pay {ref}: a refund goes to its payer</source>
        <translation>{to} n&apos;a pas payé {ref} : un remboursement va à son payeur</translation>
    </message>
    <message>
        <source>no stored payment of {ref} says who paid it</source>
        <translation>aucun paiement enregistré de {ref} n&apos;indique qui l&apos;a payé</translation>
    </message>
    <message>
        <source>{ref} was paid from {count} accounts: choose one ({payers})</source>
        <translation>{ref} a été payé depuis {count} comptes : choisissez-en un ({payers})</translation>
    </message>
    <message>
        <source>memo: {error}</source>
        <translation>mémo : {error}</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} no longer exists: the refund would fail (op_no_destination)</source>
        <translation>le compte du payeur {payer_account} n&apos;existe plus : le remboursement échouerait (op_no_destination)</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} cannot hold the network&apos;s USDC (no trustline): the refund would fail (op_no_trust)</source>
        <translation>le compte du payeur {payer_account} ne peut pas détenir l&apos;USDC du réseau (pas de ligne de confiance) : le remboursement échouerait (op_no_trust)</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} requires a memo (SEP-29, an exchange): ask the customer for their deposit memo</source>
        <translation>le compte du payeur {payer_account} exige un mémo (SEP-29, une plateforme d&apos;échange) : demandez au client son mémo de dépôt</translation>
    </message>
    <message>
        <source>the merchant account {merchant} does not exist</source>
        <translation>le compte marchand {merchant} n&apos;existe pas</translation>
    </message>
    <message>
        <source>the merchant account holds {held} USDC, less than the refund of {amount}</source>
        <translation>le compte marchand détient {held} USDC, moins que le remboursement de {amount}</translation>
    </message>
    <message>
        <source>a refund of {amount} USDC is more than the {remaining} USDC still refundable for {ref} (received {received}, already refunded or waiting {held})</source>
        <translation>un remboursement de {amount} USDC dépasse les {remaining} USDC encore remboursables pour {ref} (reçus {received}, déjà remboursés ou en attente {held})</translation>
    </message>
    <message>
        <source>this payment belongs to sale {session_id}: refund the sale instead</source>
        <translation>ce paiement appartient à la vente {session_id} : remboursez plutôt la vente</translation>
    </message>
    <message>
        <source>this payment is USDC of a foreign issuer (a fake): posapp never refunds it</source>
        <translation>ce paiement est en USDC d&apos;un émetteur étranger (un faux) : posapp ne le rembourse jamais</translation>
    </message>
    <message>
        <source>a payment that is {status} cannot be refunded</source>
        <translation>un paiement au statut {status} ne peut pas être remboursé</translation>
    </message>
    <message>
        <source>no item with SKU or barcode {code!r}</source>
        <translation>aucun article avec la référence ou le code-barres {code!r}</translation>
    </message>
    <message>
        <source>{path} is larger than {limit_mb} MB</source>
        <translation>{path} dépasse {limit_mb} Mo</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d&apos;écrire {path} : {error}</translation>
    </message>
    <message>
        <source>the sale is {status}: it can no longer be parked</source>
        <translation>la vente est {status} : elle ne peut plus être mise en attente</translation>
    </message>
    <message>
        <source>the sale is {status}: it can no longer be resumed</source>
        <translation>la vente est {status} : elle ne peut plus être reprise</translation>
    </message>
    <message>
        <source>unknown way to pay {method!r}: cash or card</source>
        <translation>mode de paiement inconnu {method!r} : cash ou card</translation>
    </message>
    <message>
        <source>the sale changed meanwhile: look at it again</source>
        <translation>la vente a changé entre-temps : vérifiez-la à nouveau</translation>
    </message>
    <message>
        <source>only a partly paid sale can be settled this way (this one is {state}, nothing received)</source>
        <translation>seule une vente partiellement payée peut être réglée ainsi (celle-ci est {state}, rien n&apos;a été reçu)</translation>
    </message>
    <message>
        <source>only a partly paid sale can be settled this way (this one is {state})</source>
        <translation>seule une vente partiellement payée peut être réglée ainsi (celle-ci est {state})</translation>
    </message>
    <message>
        <source>the sale kept changing while attaching; try again</source>
        <translation>la vente a changé pendant le rattachement ; réessayez</translation>
    </message>
    <message>
        <source>no fresh {currency} rate yet from {source}: wait a moment</source>
        <translation>pas encore de taux {currency} récent de {source} : patientez un instant</translation>
    </message>
    <message>
        <source>the cart&apos;s total must be greater than zero</source>
        <translation>le total du panier doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>a {status} session cannot be cancelled</source>
        <translation>une session {status} ne peut pas être annulée</translation>
    </message>
    <message>
        <source>the session changed meanwhile; it was not cancelled</source>
        <translation>la session a changé entre-temps ; elle n&apos;a pas été annulée</translation>
    </message>
    <message>
        <source>The account {account} does not exist on this network yet: send it a few XLM (at least 2) from a wallet or an exchange to create it, then add a USDC trustline.</source>
        <translation>Le compte {account} n&apos;existe pas encore sur ce réseau : envoyez-lui quelques XLM (au moins 2) depuis un portefeuille ou une plateforme d&apos;échange pour le créer, puis ajoutez une ligne de confiance USDC.</translation>
    </message>
    <message>
        <source>data dir {path} is not writable: {reason}</source>
        <translation>le dossier de données {path} n&apos;est pas accessible en écriture : {reason}</translation>
    </message>
    <message>
        <source>this shop is already set up: an admin must sign in</source>
        <translation>cette boutique est déjà configurée : un administrateur doit se connecter</translation>
    </message>
    <message>
        <source>the rate {text!r} is ambiguous: write {whole}.{fraction} or {whole}{fraction}</source>
        <translation>le taux {text!r} est ambigu : écrivez {whole}.{fraction} ou {whole}{fraction}</translation>
    </message>
    <message>
        <source>choose a rate: --rate 84.10 (fixed) or --rate-source coingecko</source>
        <translation>choisissez un taux : --rate 84.10 (fixe) ou --rate-source coingecko</translation>
    </message>
    <message>
        <source>{what} must be a number</source>
        <translation>{what} doit être un nombre</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}</source>
        <translation>{what} doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>session expiry must be between 1 minute and 24 hours</source>
        <translation>l&apos;expiration de la session doit être comprise entre 1 minute et 24 heures</translation>
    </message>
    <message>
        <source>shop name must be 1 to 80 characters</source>
        <translation>le nom de la boutique doit comporter de 1 à 80 caractères</translation>
    </message>
    <message>
        <source>terminal name must be 1 to 64 characters</source>
        <translation>le nom du terminal doit comporter de 1 à 64 caractères</translation>
    </message>
    <message>
        <source>tax mode must be inclusive or exclusive</source>
        <translation>le mode de taxe doit être inclusive ou exclusive</translation>
    </message>
    <message>
        <source>tip choices: give 1 to 6 percentages, e.g. 10, 15, 20</source>
        <translation>choix de pourboire : indiquez de 1 à 6 pourcentages, p. ex. 10, 15, 20</translation>
    </message>
    <message>
        <source>tip choices must be different percentages above 0</source>
        <translation>les choix de pourboire doivent être des pourcentages différents supérieurs à 0</translation>
    </message>
    <message>
        <source>provisioning file {path} does not exist</source>
        <translation>le fichier de provisionnement {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path}: cannot read ({error})</source>
        <translation>{path} : lecture impossible ({error})</translation>
    </message>
    <message>
        <source>{name}: larger than {limit_kb} KB; is it the right file?</source>
        <translation>{name} : plus de {limit_kb} Ko ; est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name} : ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{name}: not valid TOML ({error})</source>
        <translation>{name} : TOML non valide ({error})</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name} : {error}</translation>
    </message>
    <message>
        <source>unknown key {key!r} (known: {keys})</source>
        <translation>clé inconnue {key!r} (connues : {keys})</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>{key} est manquant</translation>
    </message>
    <message>
        <source>the [rates] table is missing (mode = &apos;fixed&apos; or &apos;http&apos;)</source>
        <translation>la table [rates] est manquante (mode = &apos;fixed&apos; ou &apos;http&apos;)</translation>
    </message>
    <message>
        <source>{key}: {error}</source>
        <translation>{key} : {error}</translation>
    </message>
    <message>
        <source>{dotted}: secrets never go in the provisioning file (it is read by anyone who can read the app&apos;s folder); remove the key</source>
        <translation>{dotted} : les secrets ne vont jamais dans le fichier de provisionnement (il est lisible par quiconque peut lire le dossier de l&apos;application) ; supprimez la clé</translation>
    </message>
    <message>
        <source>{where}: that looks like a secret key (S…): never enter a secret key anywhere. posapp never needs it; it only watches your public G… address. If you think someone saw it, move your funds to a new account</source>
        <translation>{where} : cela ressemble à une clé secrète (S…) : ne saisissez jamais de clé secrète nulle part. posapp n&apos;en a jamais besoin ; il surveille uniquement votre adresse publique G…. Si vous pensez que quelqu&apos;un l&apos;a vue, transférez vos fonds vers un nouveau compte</translation>
    </message>
    <message>
        <source>{where}: that is a webhook signing secret; it never goes in the provisioning file (posapp makes one and keeps it in the OS keyring)</source>
        <translation>{where} : c&apos;est un secret de signature webhook ; il ne va jamais dans le fichier de provisionnement (posapp en crée un et le conserve dans le trousseau du système)</translation>
    </message>
    <message>
        <source>{key} must be text in quotes</source>
        <translation>{key} doit être un texte entre guillemets</translation>
    </message>
    <message>
        <source>{key} is empty</source>
        <translation>{key} est vide</translation>
    </message>
    <message>
        <source>{key} must be a number, e.g. 84.10</source>
        <translation>{key} doit être un nombre, p. ex. 84.10</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} doit valoir true ou false</translation>
    </message>
    <message>
        <source>{key} must be a list of percentages, e.g. [10, 15, 20]</source>
        <translation>{key} doit être une liste de pourcentages, p. ex. [10, 15, 20]</translation>
    </message>
    <message>
        <source>{key} must be a whole number</source>
        <translation>{key} doit être un nombre entier</translation>
    </message>
    <message>
        <source>receipt must be a table: [receipt]</source>
        <translation>receipt doit être une table : [receipt]</translation>
    </message>
    <message>
        <source>unknown key &apos;receipt.{key}&apos; (known: {keys})</source>
        <translation>clé inconnue &apos;receipt.{key}&apos; (connues : {keys})</translation>
    </message>
    <message>
        <source>unknown key &apos;rates.{key}&apos; (known: {keys})</source>
        <translation>clé inconnue &apos;rates.{key}&apos; (connues : {keys})</translation>
    </message>
    <message>
        <source>rates.source is for mode = &apos;http&apos;; remove it or change the mode</source>
        <translation>rates.source s&apos;applique à mode = &apos;http&apos; ; supprimez-la ou changez de mode</translation>
    </message>
    <message>
        <source>rates.fixed_rate is missing (units of the currency per 1 USDC)</source>
        <translation>rates.fixed_rate est manquant (unités de la devise pour 1 USDC)</translation>
    </message>
    <message>
        <source>rates.fixed_rate is for mode = &apos;fixed&apos;; remove it or change mode</source>
        <translation>rates.fixed_rate s&apos;applique à mode = &apos;fixed&apos; ; supprimez-le ou changez de mode</translation>
    </message>
    <message>
        <source>rates.source is missing: &apos;coingecko&apos; or an https base URL</source>
        <translation>rates.source est manquant : &apos;coingecko&apos; ou une URL de base https</translation>
    </message>
    <message>
        <source>rates.mode must be &apos;fixed&apos; or &apos;http&apos;</source>
        <translation>rates.mode doit valoir &apos;fixed&apos; ou &apos;http&apos;</translation>
    </message>
    <message>
        <source>database_url is not a database URL (e.g. postgresql://posapp@db.example/posapp)</source>
        <translation>database_url n&apos;est pas une URL de base de données (p. ex. postgresql://posapp@db.example/posapp)</translation>
    </message>
    <message>
        <source>database_url contains a password; remove it from the file and keep it in the OS keyring or ~/.pgpass (postgresql://USER@HOST/DB)</source>
        <translation>database_url contient un mot de passe ; retirez-le du fichier et conservez-le dans le trousseau du système ou dans ~/.pgpass (postgresql://USER@HOST/DB)</translation>
    </message>
    <message>
        <source>database_url has a password parameter; use ~/.pgpass instead</source>
        <translation>database_url contient un paramètre password ; utilisez plutôt ~/.pgpass</translation>
    </message>
    <message>
        <source>the API key header must be a name like x-cg-demo-api-key</source>
        <translation>l&apos;en-tête de la clé API doit être un nom comme x-cg-demo-api-key</translation>
    </message>
    <message>
        <source>the API key must be 1 to {limit} printable characters</source>
        <translation>la clé API doit comporter de 1 à {limit} caractères imprimables</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: {problem}; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>impossible de conserver la clé API de taux : {problem} ; installez et déverrouillez un Secret Service (p. ex. gnome-keyring ou KWallet), ou optez pour le stockage dans un fichier avec `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: the OS keyring is locked; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>impossible de conserver la clé API de taux : le trousseau du système est verrouillé ; installez et déverrouillez un Secret Service (p. ex. gnome-keyring ou KWallet), ou optez pour le stockage dans un fichier avec `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: keyring error ({error}); install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>impossible de conserver la clé API de taux : erreur du trousseau ({error}) ; installez et déverrouillez un Secret Service (p. ex. gnome-keyring ou KWallet), ou optez pour le stockage dans un fichier avec `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>the idle lock must be a whole number of minutes</source>
        <translation>le verrouillage d&apos;inactivité doit être un nombre entier de minutes</translation>
    </message>
    <message>
        <source>the idle lock must be 0 (never) to {limit} min</source>
        <translation>le verrouillage d&apos;inactivité doit être compris entre 0 (jamais) et {limit} min</translation>
    </message>
    <message>
        <source>not a database URL</source>
        <translation>ce n&apos;est pas une URL de base de données</translation>
    </message>
    <message>
        <source>only a PostgreSQL database has a password to store</source>
        <translation>seule une base de données PostgreSQL a un mot de passe à enregistrer</translation>
    </message>
    <message>
        <source>leave the password out of the URL; it is asked for instead</source>
        <translation>ne mettez pas le mot de passe dans l&apos;URL ; il vous sera demandé à la place</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <source>the OS keyring could not store the password ({error}); use ~/.pgpass instead</source>
        <translation>le trousseau du système n&apos;a pas pu enregistrer le mot de passe ({error}) ; utilisez plutôt ~/.pgpass</translation>
    </message>
    <message>
        <source>someone else (an owner or admin) must approve this</source>
        <translation>une autre personne (un propriétaire ou un administrateur) doit approuver ceci</translation>
    </message>
    <message>
        <source>{user} is {role} and cannot approve {action}: ask an owner or admin</source>
        <translation>{user} ({role}) ne peut pas approuver cette action ({action}) : demandez à un propriétaire ou à un administrateur</translation>
    </message>
    <message>
        <source>a password has at most {password_max_bytes} bytes: that entry is too long</source>
        <translation>un mot de passe comporte au plus {password_max_bytes} octets : cette saisie est trop longue</translation>
    </message>
    <message>
        <source>wrong name or PIN</source>
        <translation>nom ou PIN erroné</translation>
    </message>
    <message>
        <source>{user} is disabled: ask an admin</source>
        <translation>{user} est désactivé : demandez à un administrateur</translation>
    </message>
    <message>
        <source>{user} is locked after too many wrong attempts: try again in {delay}, or ask an admin to unlock</source>
        <translation>{user} est verrouillé après trop d&apos;essais erronés : réessayez dans {delay}, ou demandez à un administrateur de le déverrouiller</translation>
    </message>
    <message>
        <source>wrong PIN: {user} is now locked for {delay} after {failures} wrong attempts</source>
        <translation>PIN erroné : {user} est maintenant verrouillé pour {delay} après {failures} essais erronés</translation>
    </message>
    <message>
        <source>wrong PIN or password: 1 try left before a lock</source>
        <translation>PIN ou mot de passe erroné : encore 1 essai avant le verrouillage</translation>
    </message>
    <message>
        <source>wrong PIN or password: {left} tries left before a lock</source>
        <translation>PIN ou mot de passe erroné : encore {left} essais avant le verrouillage</translation>
    </message>
    <message>
        <source>a PIN or password must be text</source>
        <translation>un PIN ou un mot de passe doit être du texte</translation>
    </message>
    <message>
        <source>enter a PIN (4 to 8 digits) or a password (8 to 72 bytes)</source>
        <translation>saisissez un PIN (4 à 8 chiffres) ou un mot de passe (8 à 72 octets)</translation>
    </message>
    <message>
        <source>a PIN needs {pin_min_digits} to {pin_max_digits} digits; this one has {length}</source>
        <translation>un PIN comporte de {pin_min_digits} à {pin_max_digits} chiffres ; celui-ci en a {length}</translation>
    </message>
    <message>
        <source>that PIN is too easy to guess (one digit repeated, or a run like 4-5-6-7): pick another</source>
        <translation>ce PIN est trop facile à deviner (un chiffre répété, ou une suite comme 4-5-6-7) : choisissez-en un autre</translation>
    </message>
    <message>
        <source>a password cannot contain control characters</source>
        <translation>un mot de passe ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>a password cannot be only spaces</source>
        <translation>un mot de passe ne peut pas être composé uniquement d&apos;espaces</translation>
    </message>
    <message>
        <source>that password is too long: {size} bytes, at most {password_max_bytes} (letters outside A–Z can take 2–4 bytes each)</source>
        <translation>ce mot de passe est trop long : {size} octets, {password_max_bytes} au maximum (les lettres hors A–Z peuvent occuper 2 à 4 octets chacune)</translation>
    </message>
    <message>
        <source>a password needs at least {password_min_bytes} characters (or use a PIN of {pin_min_digits} to {pin_max_digits} digits)</source>
        <translation>un mot de passe doit comporter au moins {password_min_bytes} caractères (ou utilisez un PIN de {pin_min_digits} à {pin_max_digits} chiffres)</translation>
    </message>
    <message>
        <source>the two entries differ: type the same PIN or password twice</source>
        <translation>les deux saisies diffèrent : tapez deux fois le même PIN ou mot de passe</translation>
    </message>
    <message>
        <source>a user name must be text</source>
        <translation>un nom d&apos;utilisateur doit être du texte</translation>
    </message>
    <message>
        <source>enter a name</source>
        <translation>saisissez un nom</translation>
    </message>
    <message>
        <source>a name has at most {limit} characters</source>
        <translation>un nom comporte au plus {limit} caractères</translation>
    </message>
    <message>
        <source>a name cannot contain control characters</source>
        <translation>un nom ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>a name needs at least one letter</source>
        <translation>un nom doit contenir au moins une lettre</translation>
    </message>
    <message>
        <source>unknown role {text!r}: use {roles}</source>
        <translation>rôle inconnu {text!r} : utilisez {roles}</translation>
    </message>
    <message>
        <source>no user named {name!r}</source>
        <translation>aucun utilisateur nommé {name!r}</translation>
    </message>
    <message>
        <source>an administrator already exists: sign in as one to add users</source>
        <translation>un administrateur existe déjà : connectez-vous en tant qu&apos;administrateur pour ajouter des utilisateurs</translation>
    </message>
    <message>
        <source>a user named {name!r} already exists</source>
        <translation>un utilisateur nommé {name!r} existe déjà</translation>
    </message>
    <message>
        <source>an administrator already exists</source>
        <translation>un administrateur existe déjà</translation>
    </message>
    <message>
        <source>you cannot disable yourself: ask another admin</source>
        <translation>vous ne pouvez pas vous désactiver vous-même : demandez à un autre administrateur</translation>
    </message>
    <message>
        <source>cannot {what} the last administrator: add another admin first</source>
        <translation>action impossible ({what}) sur le dernier administrateur : ajoutez d&apos;abord un autre administrateur</translation>
    </message>
    <message>
        <source>the account must be a G… address</source>
        <translation>le compte doit être une adresse G…</translation>
    </message>
    <message>
        <source>that is a secret key: posapp only needs the public G… address</source>
        <translation>c&apos;est une clé secrète : posapp n&apos;a besoin que de l&apos;adresse publique G…</translation>
    </message>
    <message>
        <source>{account!r} is not a valid Stellar G… address</source>
        <translation>{account!r} n&apos;est pas une adresse Stellar G… valide</translation>
    </message>
    <message>
        <source>cannot reach Horizon at {horizon_url} ({error})</source>
        <translation>impossible de joindre Horizon à {horizon_url} ({error})</translation>
    </message>
    <message>
        <source>Horizon could not look the account up (HTTP {status})</source>
        <translation>Horizon n&apos;a pas pu rechercher le compte (HTTP {status})</translation>
    </message>
    <message>
        <source>Horizon sent an account that is not JSON</source>
        <translation>Horizon a envoyé un compte qui n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>Horizon sent an account that is not a JSON object</source>
        <translation>Horizon a envoyé un compte qui n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>Horizon sent an account without a balances list</source>
        <translation>Horizon a envoyé un compte sans liste de soldes</translation>
    </message>
    <message>
        <source>Horizon sent a balance {key} that is not a string</source>
        <translation>Horizon a envoyé un solde {key} qui n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>Horizon sent a balance {key} that is not a number</source>
        <translation>Horizon a envoyé un solde {key} qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the merchant account must be text</source>
        <translation>le compte marchand doit être du texte</translation>
    </message>
    <message>
        <source>the merchant account is empty: enter the shop&apos;s public G… address</source>
        <translation>le compte marchand est vide : saisissez l&apos;adresse publique G… de la boutique</translation>
    </message>
    <message>
        <source>that looks like a secret key (S…): never enter a secret key anywhere. posapp never needs it; it only watches your public G… address. If you think someone saw it, move your funds to a new account</source>
        <translation>cela ressemble à une clé secrète (S…) : ne saisissez jamais de clé secrète nulle part. posapp n&apos;en a jamais besoin ; il surveille uniquement votre adresse publique G…. Si vous pensez que quelqu&apos;un l&apos;a vue, transférez vos fonds vers un nouveau compte</translation>
    </message>
    <message>
        <source>that is a muxed M… address: the merchant account must be the base G… account (posapp gives each payment its own muxed id)</source>
        <translation>c&apos;est une adresse multiplexée M… : le compte marchand doit être le compte de base G… (posapp attribue à chaque paiement son propre identifiant multiplexé)</translation>
    </message>
    <message>
        <source>that is a contract C… address: the merchant account must be a G… account</source>
        <translation>c&apos;est une adresse de contrat C… : le compte marchand doit être un compte G…</translation>
    </message>
    <message>
        <source>a Stellar account address starts with G</source>
        <translation>une adresse de compte Stellar commence par G</translation>
    </message>
    <message>
        <source>wrong length: a Stellar account address has {expected} characters, this has {length}</source>
        <translation>longueur incorrecte : une adresse de compte Stellar comporte {expected} caractères, celle-ci en a {length}</translation>
    </message>
    <message>
        <source>invalid characters: a Stellar address has only letters A–Z and digits 2–7</source>
        <translation>caractères non valides : une adresse Stellar ne contient que les lettres A–Z et les chiffres 2–7</translation>
    </message>
    <message>
        <source>bad checksum: the address has a typo, copy it again</source>
        <translation>somme de contrôle incorrecte : l&apos;adresse contient une faute de frappe, copiez-la à nouveau</translation>
    </message>
    <message>
        <source>Horizon sent a payments page that is not JSON</source>
        <translation>Horizon a envoyé une page de paiements qui n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>Horizon sent a payments page without _embedded.records</source>
        <translation>Horizon a envoyé une page de paiements sans _embedded.records</translation>
    </message>
    <message>
        <source>Horizon&apos;s newest payment record has no usable paging_token</source>
        <translation>l&apos;enregistrement de paiement le plus récent d&apos;Horizon n&apos;a pas de paging_token utilisable</translation>
    </message>
    <message>
        <source>Horizon returned a full page with nothing after the cursor</source>
        <translation>Horizon a renvoyé une page pleine sans rien après le curseur</translation>
    </message>
    <message>
        <source>Horizon stream error: {data}</source>
        <translation>erreur du flux Horizon : {data}</translation>
    </message>
    <message>
        <source>Horizon accepted the stream but sent {silence}</source>
        <translation>Horizon a accepté le flux mais a envoyé {silence}</translation>
    </message>
    <message>
        <source>Horizon did not answer the stream request</source>
        <translation>Horizon n&apos;a pas répondu à la demande de flux</translation>
    </message>
    <message>
        <source>Horizon ended the stream without saying goodbye</source>
        <translation>Horizon a mis fin au flux sans prévenir</translation>
    </message>
    <message>
        <source>Horizon knows no account {account} (HTTP 404): check the address and the network, or fund the account with XLM: {title}</source>
        <translation>Horizon ne connaît aucun compte {account} (HTTP 404) : vérifiez l&apos;adresse et le réseau, ou approvisionnez le compte en XLM : {title}</translation>
    </message>
    <message>
        <source>Horizon knows no account {account} (HTTP 404): check the address and the network, or fund the account with XLM</source>
        <translation>Horizon ne connaît aucun compte {account} (HTTP 404) : vérifiez l&apos;adresse et le réseau, ou approvisionnez le compte en XLM</translation>
    </message>
    <message>
        <source>Horizon is rate-limiting this app (HTTP 429): {title}</source>
        <translation>Horizon limite le débit de cette application (HTTP 429) : {title}</translation>
    </message>
    <message>
        <source>Horizon is rate-limiting this app (HTTP 429)</source>
        <translation>Horizon limite le débit de cette application (HTTP 429)</translation>
    </message>
    <message>
        <source>Horizon is unavailable (HTTP {status}): {title}</source>
        <translation>Horizon est indisponible (HTTP {status}) : {title}</translation>
    </message>
    <message>
        <source>Horizon is unavailable (HTTP {status})</source>
        <translation>Horizon est indisponible (HTTP {status})</translation>
    </message>
    <message>
        <source>Horizon refused the request (HTTP {status}): {title}</source>
        <translation>Horizon a refusé la requête (HTTP {status}) : {title}</translation>
    </message>
    <message>
        <source>Horizon refused the request (HTTP {status})</source>
        <translation>Horizon a refusé la requête (HTTP {status})</translation>
    </message>
    <message>
        <source>cannot connect to Horizon at {url}</source>
        <translation>impossible de se connecter à Horizon à {url}</translation>
    </message>
    <message>
        <source>timed out connecting to Horizon at {url}</source>
        <translation>délai dépassé lors de la connexion à Horizon à {url}</translation>
    </message>
    <message>
        <source>timed out reading from Horizon at {url}</source>
        <translation>délai dépassé lors de la lecture depuis Horizon à {url}</translation>
    </message>
    <message>
        <source>connection broken by Horizon at {url}</source>
        <translation>connexion interrompue par Horizon à {url}</translation>
    </message>
    <message>
        <source>network error talking to Horizon at {url}: {error}</source>
        <translation>erreur réseau lors de l&apos;échange avec Horizon à {url} : {error}</translation>
    </message>
    <message>
        <source>unknown network {name!r}: use testnet or public</source>
        <translation>réseau inconnu {name!r} : utilisez testnet ou public</translation>
    </message>
    <message>
        <source>nothing to put in the QR code</source>
        <translation>rien à mettre dans le code QR</translation>
    </message>
    <message>
        <source>{size} characters are too many for a scannable QR code; shorten the message</source>
        <translation>{size} caractères, c&apos;est trop pour un code QR lisible ; raccourcissez le message</translation>
    </message>
    <message>
        <source>the QR scale must be a whole number of pixels, at least 1</source>
        <translation>l&apos;échelle du QR doit être un nombre entier de pixels, au moins 1</translation>
    </message>
    <message>
        <source>Horizon sent an account without a sequence number</source>
        <translation>Horizon a envoyé un compte sans numéro de séquence</translation>
    </message>
    <message>
        <source>Horizon sent fee statistics posapp cannot read</source>
        <translation>Horizon a envoyé des statistiques de frais que posapp ne sait pas lire</translation>
    </message>
    <message>
        <source>cannot reach Horizon at {url} ({error}): try again</source>
        <translation>impossible de joindre Horizon à {url} ({error}) : réessayez</translation>
    </message>
    <message>
        <source>Horizon answered HTTP {status} for {path}</source>
        <translation>Horizon a répondu HTTP {status} pour {path}</translation>
    </message>
    <message>
        <source>Horizon sent something that is not JSON for {path}</source>
        <translation>Horizon a envoyé autre chose que du JSON pour {path}</translation>
    </message>
    <message>
        <source>Horizon sent something that is not a JSON object for {path}</source>
        <translation>Horizon a envoyé autre chose qu&apos;un objet JSON pour {path}</translation>
    </message>
    <message>
        <source>Horizon sent a {what} that is not a string</source>
        <translation>Horizon a envoyé un champ {what} qui n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>Horizon sent a {what} that is not a number</source>
        <translation>Horizon a envoyé un champ {what} qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>a text memo holds at most 28 bytes</source>
        <translation>un mémo texte contient au plus 28 octets</translation>
    </message>
    <message>
        <source>an id memo is a whole number below 2^64</source>
        <translation>un mémo id est un nombre entier inférieur à 2^64</translation>
    </message>
    <message>
        <source>memo type {memo_type!r} is not text or id</source>
        <translation>le type de mémo {memo_type!r} n&apos;est ni text ni id</translation>
    </message>
    <message>
        <source>{address!r} is not a Stellar G… or M… address</source>
        <translation>{address!r} n&apos;est pas une adresse Stellar G… ou M…</translation>
    </message>
    <message>
        <source>the payment memo is empty</source>
        <translation>le mémo du paiement est vide</translation>
    </message>
    <message>
        <source>the payment memo is not valid text</source>
        <translation>le mémo du paiement n&apos;est pas un texte valide</translation>
    </message>
    <message>
        <source>the payment memo is {size} bytes; a Stellar text memo holds {limit}</source>
        <translation>le mémo du paiement fait {size} octets ; un mémo texte Stellar en contient {limit}</translation>
    </message>
    <message>
        <source>the payment destination must be a valid G… account</source>
        <translation>la destination du paiement doit être un compte G… valide</translation>
    </message>
    <message>
        <source>the asset issuer must be a valid G… account</source>
        <translation>l&apos;émetteur de l&apos;actif doit être un compte G… valide</translation>
    </message>
    <message>
        <source>the asset code must be 1–12 letters or digits</source>
        <translation>le code de l&apos;actif doit comporter de 1 à 12 lettres ou chiffres</translation>
    </message>
    <message>
        <source>the payment message is not valid text</source>
        <translation>le message du paiement n&apos;est pas un texte valide</translation>
    </message>
    <message>
        <source>a SEP-7 URI must be text</source>
        <translation>une URI SEP-7 doit être du texte</translation>
    </message>
    <message>
        <source>not a usable SEP-7 pay URI: {error}</source>
        <translation>URI de paiement SEP-7 inutilisable : {error}</translation>
    </message>
    <message>
        <source>the SEP-7 destination is not a valid G… or M… account</source>
        <translation>la destination SEP-7 n&apos;est pas un compte G… ou M… valide</translation>
    </message>
    <message>
        <source>not a database URL: {url!r}</source>
        <translation>ce n&apos;est pas une URL de base de données : {url!r}</translation>
    </message>
    <message>
        <source>unsupported database {drivername!r}: use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB</source>
        <translation>base de données non prise en charge {drivername!r} : utilisez sqlite:///FILE ou postgresql+psycopg://USER@HOST/DB</translation>
    </message>
    <message>
        <source>cannot open the database {url}: {error}</source>
        <translation>impossible d&apos;ouvrir la base de données {url} : {error}</translation>
    </message>
    <message>
        <source>no webhook event {event_id}</source>
        <translation>aucun événement webhook {event_id}</translation>
    </message>
    <message>
        <source>unknown webhook status {status!r} (one of {statuses})</source>
        <translation>statut webhook inconnu {status!r} (valeurs possibles : {statuses})</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>No receipt printer is set up: an admin chooses one in Settings → Receipts. You can save the receipt as a PDF meanwhile.</source>
        <translation>Aucune imprimante de reçus n&apos;est configurée : un administrateur en choisit une dans Paramètres → Reçus. En attendant, vous pouvez enregistrer le reçu en PDF.</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({reason})</source>
        <translation>impossible de créer le dossier {folder} ({reason})</translation>
    </message>
    <message>
        <source>cannot write the PDF {path}: is the folder writable?</source>
        <translation>impossible d&apos;écrire le PDF {path} : le dossier est-il accessible en écriture ?</translation>
    </message>
    <message>
        <source>cannot write the PDF {path}</source>
        <translation>impossible d&apos;écrire le PDF {path}</translation>
    </message>
    <message>
        <source>no printer named {name} on this computer (printers: {names})</source>
        <translation>aucune imprimante nommée {name} sur cet ordinateur (imprimantes : {names})</translation>
    </message>
    <message>
        <source>no printer named {name} on this computer (printers: none)</source>
        <translation>aucune imprimante nommée {name} sur cet ordinateur (imprimantes : aucune)</translation>
    </message>
    <message>
        <source>no default printer on this computer (printers: {names})</source>
        <translation>aucune imprimante par défaut sur cet ordinateur (imprimantes : {names})</translation>
    </message>
    <message>
        <source>no default printer on this computer (printers: none)</source>
        <translation>aucune imprimante par défaut sur cet ordinateur (imprimantes : aucune)</translation>
    </message>
    <message>
        <source>the printer {name} did not accept the receipt</source>
        <translation>l&apos;imprimante {name} n&apos;a pas accepté le reçu</translation>
    </message>
    <message>
        <source>the printer {name} reported an error</source>
        <translation>l&apos;imprimante {name} a signalé une erreur</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds from 3 to 3600</source>
        <translation>{variable} doit être un nombre de secondes entre 3 et 3600</translation>
    </message>
    <message>
        <source>the stored webhook secret is unreadable; set a new one</source>
        <translation>le secret webhook enregistré est illisible ; définissez-en un nouveau</translation>
    </message>
    <message>
        <source>webhook secret is shorter than {minimum} bytes</source>
        <translation>le secret webhook fait moins de {minimum} octets</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: {problem}; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>impossible de conserver le secret webhook : {problem} ; installez et déverrouillez un Secret Service (p. ex. gnome-keyring ou KWallet), ou optez pour le stockage dans un fichier avec `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: the OS keyring is locked; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>impossible de conserver le secret webhook : le trousseau du système est verrouillé ; installez et déverrouillez un Secret Service (p. ex. gnome-keyring ou KWallet), ou optez pour le stockage dans un fichier avec `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: keyring error ({error}); install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>impossible de conserver le secret webhook : erreur du trousseau ({error}) ; installez et déverrouillez un Secret Service (p. ex. gnome-keyring ou KWallet), ou optez pour le stockage dans un fichier avec `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>webhook secret is not valid base64 (expected whsec_…)</source>
        <translation>le secret webhook n&apos;est pas du base64 valide (attendu : whsec_…)</translation>
    </message>
    <message>
        <source>webhook secret must be text</source>
        <translation>le secret webhook doit être du texte</translation>
    </message>
    <message>
        <source>webhook secret is empty</source>
        <translation>le secret webhook est vide</translation>
    </message>
    <message>
        <source>no webhook secret to sign with</source>
        <translation>aucun secret webhook pour signer</translation>
    </message>
    <message>
        <source>no webhook secret to verify with</source>
        <translation>aucun secret webhook pour vérifier</translation>
    </message>
    <message>
        <source>missing webhook-id, webhook-timestamp or webhook-signature</source>
        <translation>webhook-id, webhook-timestamp ou webhook-signature manquant</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a number</source>
        <translation>webhook-timestamp n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>webhook timestamp too old</source>
        <translation>horodatage webhook trop ancien</translation>
    </message>
    <message>
        <source>webhook timestamp too new</source>
        <translation>horodatage webhook trop récent</translation>
    </message>
    <message>
        <source>no matching webhook signature</source>
        <translation>aucune signature webhook correspondante</translation>
    </message>
    <message>
        <source>Cannot reach the server (no answer in time).</source>
        <translation>Impossible de joindre le serveur (pas de réponse à temps).</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Impossible de joindre le serveur.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la requête.</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>La connexion au serveur a échoué.</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation>fuseau horaire inconnu {name!r}</translation>
    </message>
</context>
</TS>
