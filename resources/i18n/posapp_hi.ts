<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AccountField</name>
    <message>
        <source>G…  (56 characters)</source>
        <translation>G…  (56 अक्षर)</translation>
    </message>
    <message>
        <source>Refused: {warning}.</source>
        <translation>अस्वीकार: {warning}।</translation>
    </message>
    <message>
        <source>Looking the account up on {where}…</source>
        <translation>{where} पर खाता खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Could not reach Horizon</source>
        <translation>Horizon से संपर्क नहीं हो सका</translation>
    </message>
    <message>
        <source>{error}. You can continue; posapp checks the account again when it starts.</source>
        <translation>{error}। आप आगे बढ़ सकते हैं; posapp शुरू होने पर खाते की फिर से जाँच करेगा।</translation>
    </message>
    <message>
        <source>Account not found on this network</source>
        <translation>इस नेटवर्क पर खाता नहीं मिला</translation>
    </message>
    <message>
        <source>Account exists ({balance} XLM)</source>
        <translation>खाता मौजूद है ({balance} XLM)</translation>
    </message>
    <message>
        <source>Account exists</source>
        <translation>खाता मौजूद है</translation>
    </message>
    <message>
        <source>USDC trustline in place</source>
        <translation>USDC ट्रस्टलाइन मौजूद है</translation>
    </message>
    <message>
        <source>Circle&apos;s USDC ({issuer})</source>
        <translation>Circle का USDC ({issuer})</translation>
    </message>
    <message>
        <source>Memo required (SEP-29)</source>
        <translation>मेमो ज़रूरी है (SEP-29)</translation>
    </message>
    <message>
        <source>Wallets must send a memo to this account. Fine: posapp puts one in every payment request.</source>
        <translation>इस खाते में भेजते समय वॉलेट को मेमो देना ज़रूरी है। कोई बात नहीं: posapp हर भुगतान अनुरोध में मेमो डालता है।</translation>
    </message>
    <message>
        <source>No memo requirement</source>
        <translation>मेमो ज़रूरी नहीं</translation>
    </message>
    <message>
        <source>No USDC trustline — customers&apos; payments would fail</source>
        <translation>USDC ट्रस्टलाइन नहीं है — ग्राहकों के भुगतान विफल हो जाएँगे</translation>
    </message>
    <message>
        <source>USDC trustline not authorized</source>
        <translation>USDC ट्रस्टलाइन अधिकृत नहीं है</translation>
    </message>
    <message>
        <source>USDC trustline is full</source>
        <translation>USDC ट्रस्टलाइन भर चुकी है</translation>
    </message>
    <message>
        <source>USDC from another issuer</source>
        <translation>किसी दूसरे जारीकर्ता का USDC</translation>
    </message>
    <message>
        <source>Check this</source>
        <translation>इसे जाँचें</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your shop&apos;s Stellar account</source>
        <translation>आपकी दुकान का Stellar खाता</translation>
    </message>
    <message>
        <source>Paste the public address (it starts with G) of the account customers pay. Never enter a secret key (it starts with S).</source>
        <translation>जिस खाते में ग्राहक भुगतान करते हैं, उसका पब्लिक पता (G से शुरू होता है) पेस्ट करें। सीक्रेट कुंजी (S से शुरू होती है) कभी न डालें।</translation>
    </message>
    <message>
        <source>Check account</source>
        <translation>खाता जाँचें</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account address&lt;/b&gt;</source>
        <translation>&lt;b&gt;खाते का पता&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the public network</source>
        <translation>पब्लिक नेटवर्क</translation>
    </message>
    <message>
        <source>testnet</source>
        <translation>टेस्ट नेटवर्क</translation>
    </message>
    <message>
        <source>Create the account first, then press Check account again.</source>
        <translation>पहले खाता बनाएँ, फिर “खाता जाँचें” दोबारा दबाएँ।</translation>
    </message>
    <message>
        <source>You can continue and fix this later, but payments cannot arrive until it is fixed. Press Next to continue.</source>
        <translation>आप आगे बढ़कर इसे बाद में ठीक कर सकते हैं, लेकिन ठीक होने तक भुगतान नहीं आ सकते। आगे बढ़ने के लिए “आगे” दबाएँ।</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Create the administrator</source>
        <translation>एडमिन बनाएँ</translation>
    </message>
    <message>
        <source>The admin changes settings and adds cashiers and owners. You sign in with this name and PIN.</source>
        <translation>एडमिन सेटिंग बदलते हैं और कैशियर व मालिक जोड़ते हैं। आप इसी नाम और PIN से साइन इन करेंगे।</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>PIN या पासवर्ड:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>दोबारा:</translation>
    </message>
    <message>
        <source>A PIN has {min_digits} to {max_digits} digits (not 0000 or 1234); a password has 8 to {max_characters} characters. It is stored only as a bcrypt hash.</source>
        <translation>PIN में {min_digits} से {max_digits} अंक होते हैं (0000 या 1234 नहीं); पासवर्ड में 8 से {max_characters} अक्षर होते हैं। इसे सिर्फ़ bcrypt हैश के रूप में सहेजा जाता है।</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>charge</source>
        <translation>चार्ज करना</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>रद्द करना</translation>
    </message>
    <message>
        <source>cancel partially paid</source>
        <translation>आंशिक भुगतान वाली बिक्री रद्द करना</translation>
    </message>
    <message>
        <source>settle other way</source>
        <translation>दूसरे तरीके से निपटाना</translation>
    </message>
    <message>
        <source>view history</source>
        <translation>इतिहास देखना</translation>
    </message>
    <message>
        <source>export</source>
        <translation>एक्सपोर्ट करना</translation>
    </message>
    <message>
        <source>attach unmatched</source>
        <translation>बेमेल भुगतान जोड़ना</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>रिफंड करना</translation>
    </message>
    <message>
        <source>manage webhooks</source>
        <translation>वेबहुक संभालना</translation>
    </message>
    <message>
        <source>view audit</source>
        <translation>ऑडिट लॉग देखना</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>मंज़ूरी देना</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>सेटिंग बदलना</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>यूज़र संभालना</translation>
    </message>
    <message>
        <source>manage items</source>
        <translation>आइटम संभालना</translation>
    </message>
    <message>
        <source>discount above limit</source>
        <translation>सीमा से ज़्यादा छूट देना</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>मालिक</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <source>Owner approval</source>
        <translation>मालिक की मंज़ूरी</translation>
    </message>
    <message>
        <source>Owner approval needed</source>
        <translation>मालिक की मंज़ूरी चाहिए</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) asks to &lt;b&gt;{action}&lt;/b&gt;. An owner or admin approves it once with their PIN.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}) यह करना चाहते हैं: &lt;b&gt;{action}&lt;/b&gt;। कोई मालिक या एडमिन अपने PIN से एक बार इसकी मंज़ूरी दे सकते हैं।</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>मंज़ूरी देने वाले:</translation>
    </message>
    <message>
        <source>No owner or admin can approve this on this counter.</source>
        <translation>इस काउंटर पर कोई भी मालिक या एडमिन इसकी मंज़ूरी नहीं दे सकता।</translation>
    </message>
    <message>
        <source>Owner: enter your PIN</source>
        <translation>मालिक: अपना PIN डालें</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach payment to a sale</source>
        <translation>भुगतान को बिक्री से जोड़ें</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount} USDC&lt;/b&gt; received {when} from {payer}&lt;br&gt;memo: {memo} · {reason}</source>
        <translation>&lt;b&gt;{amount} USDC&lt;/b&gt; {when} {payer} से मिला&lt;br&gt;मेमो: {memo} · {reason}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Due (USDC)</source>
        <translation>देय (USDC)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>मिला</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>{due}  = remaining</source>
        <translation>{due}  = बाकी</translation>
    </message>
    <message>
        <source>or type / paste a sale id (pay_…)</source>
        <translation>या बिक्री id (pay_…) टाइप / पेस्ट करें</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <source>Sales it could belong to</source>
        <translation>संभावित बिक्रियाँ</translation>
    </message>
    <message>
        <source>No sale in the window</source>
        <translation>इस अवधि में कोई बिक्री नहीं</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <source>Search items</source>
        <translation>आइटम खोजें</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation>कार्ट खाली करें</translation>
    </message>
    <message>
        <source>Line discount: 10% or 5.00</source>
        <translation>लाइन पर छूट: 10% या 5.00</translation>
    </message>
    <message>
        <source>Cart discount: 10% or 5.00</source>
        <translation>कार्ट पर छूट: 10% या 5.00</translation>
    </message>
    <message>
        <source>Tip: 10% or 20</source>
        <translation>टिप: 10% या 20</translation>
    </message>
    <message>
        <source>All</source>
        <comment>every category of items</comment>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>cart line of a keyed amount</comment>
        <translation>राशि</translation>
    </message>
    <message>
        <source>{name}  (−{discount})</source>
        <translation>{name}  (−{discount})</translation>
    </message>
    <message>
        <source>Cart empty: tap items, scan a barcode, or key an amount.</source>
        <translation>कार्ट खाली है: आइटम पर टैप करें, बारकोड स्कैन करें या राशि डालें।</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>कुल {total}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} added · tip {tip}</source>
        <translation>उप-योग {subtotal} · छूट −{discount} · टैक्स {tax} जोड़ा गया · टिप {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} incl. · tip {tip}</source>
        <translation>उप-योग {subtotal} · छूट −{discount} · टैक्स {tax} शामिल · टिप {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} added</source>
        <translation>उप-योग {subtotal} · छूट −{discount} · टैक्स {tax} जोड़ा गया</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} incl.</source>
        <translation>उप-योग {subtotal} · छूट −{discount} · टैक्स {tax} शामिल</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} added · tip {tip}</source>
        <translation>उप-योग {subtotal} · टैक्स {tax} जोड़ा गया · टिप {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} incl. · tip {tip}</source>
        <translation>उप-योग {subtotal} · टैक्स {tax} शामिल · टिप {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} added</source>
        <translation>उप-योग {subtotal} · टैक्स {tax} जोड़ा गया</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} incl.</source>
        <translation>उप-योग {subtotal} · टैक्स {tax} शामिल</translation>
    </message>
</context>
<context>
    <name>CashierActions</name>
    <message>
        <source>Charge	Enter</source>
        <translation>चार्ज करें	Enter</translation>
    </message>
    <message>
        <source>Cancel sale	Esc</source>
        <translation>बिक्री रद्द करें	Esc</translation>
    </message>
    <message>
        <source>New sale	Del</source>
        <translation>नई बिक्री	Del</translation>
    </message>
    <message>
        <source>Show customer display</source>
        <translation>ग्राहक डिस्प्ले दिखाएँ</translation>
    </message>
    <message>
        <source>Customer display full screen on second screen</source>
        <translation>ग्राहक डिस्प्ले दूसरी स्क्रीन पर फ़ुल स्क्रीन में</translation>
    </message>
    <message>
        <source>Mute payment sound</source>
        <translation>भुगतान की आवाज़ बंद करें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Sales history…</source>
        <translation>बिक्री इतिहास…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>सेटिंग…</translation>
    </message>
    <message>
        <source>Items…</source>
        <translation>आइटम…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>यूज़र बदलें</translation>
    </message>
    <message>
        <source>Print receipt	P</source>
        <translation>रसीद प्रिंट करें	P</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>रसीद PDF में सहेजें…</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;बिक्री</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;देखें</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;दुकान</translation>
    </message>
</context>
<context>
    <name>CashierStatusBar</name>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>टेस्ट नेटवर्क — असली पैसा नहीं</translation>
    </message>
    <message>
        <source>Stellar public network</source>
        <translation>Stellar पब्लिक नेटवर्क</translation>
    </message>
    <message>
        <source>Rate: waiting…</source>
        <translation>दर: प्रतीक्षा…</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>साइन इन: {name} ({role})</translation>
    </message>
    <message>
        <source>● Payments: {state}</source>
        <translation>● भुगतान: {state}</translation>
    </message>
    <message>
        <source>Payments are detected as they happen.</source>
        <translation>भुगतान होते ही उनका पता चल जाता है।</translation>
    </message>
</context>
<context>
    <name>CashierWindow</name>
    <message>
        <source>{currency} has no decimals: the decimal key is off.</source>
        <translation>{currency} में दशमलव नहीं होते: दशमलव बटन बंद है।</translation>
    </message>
    <message>
        <source>{currency} amounts take {places} decimals: no more after the point.</source>
        <translation>{currency} की राशि में {places} दशमलव अंक होते हैं: दशमलव के बाद इससे ज़्यादा नहीं।</translation>
    </message>
    <message>
        <source>The largest amount is {largest}: that key was not taken.</source>
        <translation>सबसे बड़ी राशि {largest} है: वह बटन नहीं लिया गया।</translation>
    </message>
    <message>
        <source>{shop} — posapp</source>
        <translation>{shop} — posapp</translation>
    </message>
    <message>
        <source>{shop} — posapp — TEST NETWORK</source>
        <translation>{shop} — posapp — टेस्ट नेटवर्क</translation>
    </message>
    <message>
        <source>AMOUNT · {currency}</source>
        <translation>राशि · {currency}</translation>
    </message>
    <message>
        <source>Note (optional), e.g. table 4</source>
        <translation>नोट (वैकल्पिक), जैसे टेबल 4</translation>
    </message>
    <message>
        <source>Switch user (signed in: {name})</source>
        <translation>यूज़र बदलें (साइन इन: {name})</translation>
    </message>
    <message>
        <source>Cancel this sale? The customer may be paying. Press Esc again to cancel.</source>
        <translation>यह बिक्री रद्द करें? हो सकता है ग्राहक भुगतान कर रहे हों। रद्द करने के लिए Esc फिर से दबाएँ।</translation>
    </message>
    <message>
        <source>Part of this sale is paid: take the rest in cash (F2) or by card (F3), give back what was received (F4), or park the sale (F8) to serve the next customer.</source>
        <translation>इस बिक्री का कुछ भुगतान हो चुका है: बाकी नकद (F2) या कार्ड (F3) से लें, मिली हुई राशि लौटाएँ (F4), या अगले ग्राहक को देखने के लिए बिक्री होल्ड करें (F8)।</translation>
    </message>
    <message>
        <source>Finish or cancel (Esc) the current sale first.</source>
        <translation>पहले मौजूदा बिक्री पूरी करें या रद्द करें (Esc)।</translation>
    </message>
    <message>
        <source>Finish, cancel (Esc) or park (F8) the current sale first.</source>
        <translation>पहले मौजूदा बिक्री पूरी करें, रद्द करें (Esc) या होल्ड करें (F8)।</translation>
    </message>
    <message>
        <source>Key an amount first.</source>
        <translation>पहले राशि डालें।</translation>
    </message>
    <message>
        <source>Getting a fresh exchange rate… the sale starts as soon as it arrives. ({reason})</source>
        <translation>नई विनिमय दर ली जा रही है… दर आते ही बिक्री शुरू हो जाएगी। ({reason})</translation>
    </message>
    <message>
        <source>Cannot charge: {reason}</source>
        <translation>चार्ज नहीं हो सकता: {reason}</translation>
    </message>
    <message>
        <source>The customer is choosing a tip on their screen… (Enter again: no tip)</source>
        <translation>ग्राहक अपनी स्क्रीन पर टिप चुन रहे हैं… (फिर से Enter: बिना टिप)</translation>
    </message>
    <message>
        <source>approve a discount above {limit} %</source>
        <translation>{limit} % से ज़्यादा छूट मंज़ूर करना</translation>
    </message>
    <message>
        <source>{amount} is a large amount (about {usdc}, above the shop&apos;s {limit} limit). Check it, then press Enter again to charge it.</source>
        <translation>{amount} बड़ी राशि है (लगभग {usdc}, दुकान की {limit} की सीमा से ज़्यादा)। इसे जाँचें, फिर चार्ज करने के लिए Enter दोबारा दबाएँ।</translation>
    </message>
    <message>
        <source>Cannot cancel: {reason}</source>
        <translation>रद्द नहीं हो सकता: {reason}</translation>
    </message>
    <message>
        <source>Part of this sale is already paid, so it cannot be cancelled as it is: take the rest in cash (F2) or by card (F3), give back what was received (F4), or park it (F8).</source>
        <translation>इस बिक्री का कुछ भुगतान पहले ही हो चुका है, इसलिए इसे ऐसे रद्द नहीं किया जा सकता: बाकी नकद (F2) या कार्ड (F3) से लें, मिली हुई राशि लौटाएँ (F4), या इसे होल्ड करें (F8)।</translation>
    </message>
    <message>
        <source>Part of this sale is already paid, so it cannot be cancelled as it is: let the customer pay the rest, or settle it from the history.</source>
        <translation>इस बिक्री का कुछ भुगतान पहले ही हो चुका है, इसलिए इसे ऐसे रद्द नहीं किया जा सकता: ग्राहक को बाकी भुगतान करने दें, या इतिहास से इसका निपटारा करें।</translation>
    </message>
    <message>
        <source>Parked sale {amount}: {state}.</source>
        <translation>होल्ड की गई बिक्री {amount}: {state}।</translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n unfinished sale(s) of this counter.</source>
        <translation>
            <numerusform>इस काउंटर की %n अधूरी बिक्री वापस लाई गई।</numerusform>
            <numerusform>इस काउंटर की %n अधूरी बिक्रियाँ वापस लाई गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>take the rest of the {amount} sale in cash</source>
        <translation>{amount} की बिक्री की बाकी राशि नकद में लेना</translation>
    </message>
    <message>
        <source>take the rest of the {amount} sale by card</source>
        <translation>{amount} की बिक्री की बाकी राशि कार्ड से लेना</translation>
    </message>
    <message>
        <source>give back the {amount} received and cancel the sale</source>
        <translation>मिले हुए {amount} लौटाकर बिक्री रद्द करना</translation>
    </message>
    <message>
        <source>Park or finish the sale on screen before resuming another.</source>
        <translation>दूसरी बिक्री दोबारा शुरू करने से पहले स्क्रीन वाली बिक्री होल्ड करें या पूरी करें।</translation>
    </message>
    <message>
        <source>An owner must {reason}.</source>
        <translation>इसके लिए मालिक की मंज़ूरी चाहिए: {reason}।</translation>
    </message>
    <message>
        <source>Not approved: nothing was changed.</source>
        <translation>मंज़ूरी नहीं मिली: कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Sale {amount} parked: it can still be paid. Resume it from the list (F9).</source>
        <translation>बिक्री {amount} होल्ड की गई: इसका भुगतान अब भी हो सकता है। इसे सूची से दोबारा शुरू करें (F9)।</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>नहीं हुआ: {reason}</translation>
    </message>
    <message>
        <source>attach the {amount} payment to this sale</source>
        <translation>{amount} का भुगतान इस बिक्री से जोड़ना</translation>
    </message>
    <message>
        <source>Rate: {rate} · {source}</source>
        <translation>दर: {rate} · {source}</translation>
    </message>
    <message>
        <source>Rate: {rate} · {source} at {time}</source>
        <translation>दर: {rate} · {source}, {time} पर</translation>
    </message>
    <message>
        <source>Rate unavailable: {reason}</source>
        <translation>दर उपलब्ध नहीं: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <source>Live</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>अपडेट हो रहा है</translation>
    </message>
    <message>
        <source>Checking the network for payments made while this counter was away…</source>
        <translation>काउंटर बंद रहने के दौरान हुए भुगतान नेटवर्क पर जाँचे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Catching up with the network: this payment will be confirmed in a moment.</source>
        <translation>नेटवर्क से अपडेट हो रहा है: यह भुगतान कुछ ही पल में पक्का हो जाएगा।</translation>
    </message>
    <message>
        <source>Payment detection interrupted since {time}, reconnecting ({detail}). You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>{time} से भुगतान की पहचान रुकी हुई है, फिर से जुड़ रहा है ({detail})। आप अब भी चार्ज कर सकते हैं: कनेक्शन लौटने पर भुगतान पक्के हो जाएँगे।</translation>
    </message>
    <message>
        <source>Payment detection interrupted since {time}, reconnecting. You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>{time} से भुगतान की पहचान रुकी हुई है, फिर से जुड़ रहा है। आप अब भी चार्ज कर सकते हैं: कनेक्शन लौटने पर भुगतान पक्के हो जाएँगे।</translation>
    </message>
    <message>
        <source>Reconnecting since {time}</source>
        <translation>{time} से फिर से जुड़ रहा है</translation>
    </message>
    <message>
        <source>Connection interrupted: this payment will be confirmed when the connection returns.</source>
        <translation>कनेक्शन टूट गया: कनेक्शन लौटने पर यह भुगतान पक्का हो जाएगा।</translation>
    </message>
    <message>
        <source>Payment detection offline since {time} ({detail}). You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>{time} से भुगतान की पहचान ऑफ़लाइन है ({detail})। आप अब भी चार्ज कर सकते हैं: कनेक्शन लौटने पर भुगतान पक्के हो जाएँगे।</translation>
    </message>
    <message>
        <source>Payment detection offline since {time}. You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>{time} से भुगतान की पहचान ऑफ़लाइन है। आप अब भी चार्ज कर सकते हैं: कनेक्शन लौटने पर भुगतान पक्के हो जाएँगे।</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>{time} से ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Offline: this payment will be confirmed when the connection returns.</source>
        <translation>ऑफ़लाइन: कनेक्शन लौटने पर यह भुगतान पक्का हो जाएगा।</translation>
    </message>
    <message>
        <source>Payment detection has stopped ({detail}). Restart posapp: payments made meanwhile are confirmed when it runs again.</source>
        <translation>भुगतान की पहचान बंद हो गई है ({detail})। posapp फिर से चालू करें: इस बीच हुए भुगतान उसके दोबारा चलने पर पक्के हो जाएँगे।</translation>
    </message>
    <message>
        <source>Payment detection has stopped. Restart posapp: payments made meanwhile are confirmed when it runs again.</source>
        <translation>भुगतान की पहचान बंद हो गई है। posapp फिर से चालू करें: इस बीच हुए भुगतान उसके दोबारा चलने पर पक्के हो जाएँगे।</translation>
    </message>
    <message>
        <source>Detection stopped</source>
        <translation>पहचान बंद</translation>
    </message>
    <message>
        <source>Detection stopped: this payment will be confirmed when the connection returns.</source>
        <translation>पहचान बंद: कनेक्शन लौटने पर यह भुगतान पक्का हो जाएगा।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जुड़ रहा है…</translation>
    </message>
    <message>
        <source>Connecting to the Stellar network…</source>
        <translation>Stellar नेटवर्क से जुड़ रहा है…</translation>
    </message>
    <message>
        <source>Connecting: this payment will be confirmed when the connection returns.</source>
        <translation>जुड़ रहा है: कनेक्शन लौटने पर यह भुगतान पक्का हो जाएगा।</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Sales history</source>
        <translation>बिक्री इतिहास</translation>
    </message>
    <message>
        <source>The sales history is not available: {reason}</source>
        <translation>बिक्री इतिहास उपलब्ध नहीं है: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the sales history: {reason}</source>
        <translation>बिक्री इतिहास नहीं खुल सका: {reason}</translation>
    </message>
    <message>
        <source>Settings saved: the next sale uses them. Restart posapp to use the new {what}.</source>
        <translation>सेटिंग सहेज ली गईं: अगली बिक्री से ये लागू होंगी। नई {what} सेटिंग लागू करने के लिए posapp फिर से चालू करें।</translation>
    </message>
    <message>
        <source>Settings saved: the next sale uses them.</source>
        <translation>सेटिंग सहेज ली गईं: अगली बिक्री से ये लागू होंगी।</translation>
    </message>
    <message>
        <source>Settings saved, but the counter could not use them: {reason}. Restart posapp to use them.</source>
        <translation>सेटिंग सहेज ली गईं, लेकिन काउंटर इन्हें लागू नहीं कर सका: {reason}। इन्हें लागू करने के लिए posapp फिर से चालू करें।</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>… and %n more</source>
        <translation>… और %n आइटम</translation>
    </message>
    <message>
        <source>Discount −{amount}</source>
        <translation>छूट −{amount}</translation>
    </message>
    <message>
        <source>Tax {amount}</source>
        <translation>टैक्स {amount}</translation>
    </message>
    <message>
        <source>incl. tax {amount}</source>
        <translation>टैक्स शामिल {amount}</translation>
    </message>
    <message>
        <source>Tip {amount}</source>
        <translation>टिप {amount}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>कुल {amount}</translation>
    </message>
    <message>
        <source>Would you like to add a tip?</source>
        <translation>क्या आप टिप देना चाहेंगे?</translation>
    </message>
    <message>
        <source>No tip</source>
        <translation>टिप नहीं</translation>
    </message>
    <message>
        <source>Welcome to</source>
        <translation>आपका स्वागत है</translation>
    </message>
    <message>
        <source>We accept USDC on Stellar.
Your total will appear here.</source>
        <translation>हम Stellar पर USDC स्वीकार करते हैं।
आपकी कुल राशि यहाँ दिखेगी।</translation>
    </message>
    <message>
        <source>🌐 Language</source>
        <translation>🌐 भाषा</translation>
    </message>
    <message>
        <source>Scan with your Stellar wallet</source>
        <translation>अपने Stellar वॉलेट से स्कैन करें</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Scan for your receipt: this payment on the public ledger</source>
        <translation>अपनी रसीद के लिए स्कैन करें: पब्लिक लेजर पर यह भुगतान</translation>
    </message>
    <message>
        <source>{shop} — customer display</source>
        <translation>{shop} — ग्राहक डिस्प्ले</translation>
    </message>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>टेस्ट नेटवर्क — असली पैसा नहीं</translation>
    </message>
    <message>
        <source>Expires in {time}</source>
        <translation>बचा समय: {time}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>समय समाप्त</translation>
    </message>
    <message>
        <source>Partially paid: {received} received.
Please pay the remaining {due}.</source>
        <translation>आंशिक भुगतान: {received} मिले।
कृपया बाकी {due} का भुगतान करें।</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>{amount} का भुगतान करें</translation>
    </message>
    <message>
        <source>Transaction {hash}</source>
        <translation>ट्रांज़ैक्शन {hash}</translation>
    </message>
    <message>
        <source>{usdc} + {rest} cash</source>
        <translation>{usdc} + {rest} नकद</translation>
    </message>
    <message>
        <source>{usdc} + {rest} card</source>
        <translation>{usdc} + {rest} कार्ड</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हो गया</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>धन्यवाद!</translation>
    </message>
    <message>
        <source>{amount} was received:
the cashier will sort it out with you.</source>
        <translation>{amount} मिल गए हैं:
कैशियर आपके साथ इसे सुलझा देंगे।</translation>
    </message>
    <message>
        <source>Please ask the cashier to start again.</source>
        <translation>कृपया कैशियर से फिर से शुरू करने को कहें।</translation>
    </message>
    <message>
        <source>This payment request has expired.</source>
        <translation>इस भुगतान अनुरोध का समय समाप्त हो गया है।</translation>
    </message>
    <message>
        <source>The {amount} you paid will be given back.
Please do not pay this request.</source>
        <translation>आपके चुकाए हुए {amount} लौटा दिए जाएँगे।
कृपया इस अनुरोध का भुगतान न करें।</translation>
    </message>
    <message>
        <source>Please do not pay this request.</source>
        <translation>कृपया इस अनुरोध का भुगतान न करें।</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>This sale was cancelled.</source>
        <translation>यह बिक्री रद्द कर दी गई है।</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>Simulate customer &amp;payment</source>
        <translation>ग्राहक का &amp;भुगतान सिम्युलेट करें</translation>
    </message>
    <message>
        <source>Simulate customer payment</source>
        <translation>ग्राहक का भुगतान सिम्युलेट करें</translation>
    </message>
    <message>
        <source>Demo — simulate the customer:</source>
        <translation>डेमो — ग्राहक का सिम्युलेशन:</translation>
    </message>
    <message>
        <source>Sign in again as {name}, PIN {pin}</source>
        <translation>{name} के रूप में फिर से साइन इन करें, PIN {pin}</translation>
    </message>
    <message>
        <source>Switch user (Ctrl+L) or the idle lock shows the login</source>
        <translation>यूज़र बदलें (Ctrl+L), या कुछ देर कुछ न करने पर लॉक होकर लॉगिन स्क्रीन आती है</translation>
    </message>
    <message>
        <source>Pay exact amount</source>
        <translation>पूरी राशि चुकाएँ</translation>
    </message>
    <message>
        <source>Pay half (partial)</source>
        <translation>आधा चुकाएँ (आंशिक)</translation>
    </message>
    <message>
        <source>Pay with fake-issuer USDC</source>
        <translation>नकली जारीकर्ता के USDC से चुकाएँ</translation>
    </message>
    <message>
        <source>Start a sale first: there is nothing to pay.</source>
        <translation>पहले बिक्री शुरू करें: चुकाने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>Simulated customer signs and sends {amount} look-alike USDC from a fake issuer…</source>
        <translation>सिम्युलेटेड ग्राहक नकली जारीकर्ता के {amount} हूबहू दिखने वाले USDC साइन करके भेज रहे हैं…</translation>
    </message>
    <message>
        <source>Simulated customer signs and sends {amount} USDC…</source>
        <translation>सिम्युलेटेड ग्राहक {amount} USDC साइन करके भेज रहे हैं…</translation>
    </message>
    <message>
        <source>Signed payment on the network: tx {tx}…. posapp ignores it (not Circle&apos;s USDC): the sale stays unpaid.</source>
        <translation>साइन किया हुआ भुगतान नेटवर्क पर है: tx {tx}…। posapp इसे अनदेखा करता है (Circle का USDC नहीं है): बिक्री का भुगतान नहीं माना जाता।</translation>
    </message>
    <message>
        <source>Signed payment on the network: tx {tx}….</source>
        <translation>साइन किया हुआ भुगतान नेटवर्क पर है: tx {tx}…।</translation>
    </message>
    <message>
        <source>Simulated payment failed: {reason}</source>
        <translation>सिम्युलेटेड भुगतान विफल: {reason}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>posapp is ready</source>
        <translation>posapp तैयार है</translation>
    </message>
    <message>
        <source>&lt;b&gt;Webhook signing secret&lt;/b&gt;</source>
        <translation>&lt;b&gt;वेबहुक साइनिंग सीक्रेट&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{shop}&lt;/b&gt; takes USDC on testnet at {account}.</source>
        <translation>&lt;b&gt;{shop}&lt;/b&gt; में टेस्ट नेटवर्क पर {account} खाते में USDC लिया जाता है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{shop}&lt;/b&gt; takes USDC on the public network at {account}.</source>
        <translation>&lt;b&gt;{shop}&lt;/b&gt; में पब्लिक नेटवर्क पर {account} खाते में USDC लिया जाता है।</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>सेटिंग सहेज ली गईं</translation>
    </message>
    <message>
        <source>Administrator {name} created</source>
        <translation>एडमिन {name} बनाया गया</translation>
    </message>
    <message>
        <source>Sign in with your PIN.</source>
        <translation>अपने PIN से साइन इन करें।</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>अभी बाकी है</translation>
    </message>
    <message>
        <source>Add cashiers and owners later in Settings → Users, or with `posapp users add NAME --role cashier`.</source>
        <translation>कैशियर और मालिक बाद में सेटिंग → यूज़र में जोड़ें, या `posapp users add NAME --role cashier` से।</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
    </message>
    <message>
        <source>{error}

posapp keeps running; the details are in the log.</source>
        <translation>{error}

posapp चलता रहेगा; पूरा विवरण लॉग में है।</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>इस हफ़्ते</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>इस महीने</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>शुरू से अब तक</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>कस्टम…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Paid (on time or late)</source>
        <translation>भुगतान हुआ (समय पर या देर से)</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation>समय पर भुगतान</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>देर से भुगतान</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>आंशिक भुगतान</translation>
    </message>
    <message>
        <source>Waiting for payment or partially paid</source>
        <translation>भुगतान की प्रतीक्षा या आंशिक भुगतान</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समय समाप्त</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Not paid (expired or cancelled)</source>
        <translation>भुगतान नहीं हुआ (समय समाप्त या रद्द)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>सभी कैशियर</translation>
    </message>
    <message>
        <source>Search note, pay_… id, tx hash or G… payer</source>
        <translation>नोट, pay_… id, tx हैश या G… भुगतानकर्ता खोजें</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>no rate</source>
        <translation>दर नहीं</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Matched</source>
        <translation>मिलान हुआ</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>बेमेल</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>रिफंड करना है</translation>
    </message>
    <message>
        <source>Refused (fake USDC)</source>
        <translation>अस्वीकार (नकली USDC)</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>भुगतान की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>आंशिक भुगतान</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>देर से भुगतान</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समय समाप्त</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>बिक्री इतिहास</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Unmatched payments</source>
        <translation>बेमेल भुगतान</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>मिलान</translation>
    </message>
    <message numerus="yes">
        <source>Unmatched payments ({count})</source>
        <translation>
            <numerusform>बेमेल भुगतान ({count})</numerusform>
            <numerusform>बेमेल भुगतान ({count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>टैक्स %</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>बारकोड</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>बिक्री में</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>आइटम सहेजें</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} सहेजा गया।</translation>
    </message>
    <message numerus="yes">
        <source>%n items imported.</source>
        <translation>
            <numerusform>%n आइटम इम्पोर्ट हुआ।</numerusform>
            <numerusform>%n आइटम इम्पोर्ट हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>आइटम इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>आइटम एक्सपोर्ट करें</translation>
    </message>
    <message numerus="yes">
        <source>%n items written to {path}.</source>
        <translation>
            <numerusform>%n आइटम {path} में लिखा गया।</numerusform>
            <numerusform>%n आइटम {path} में लिखे गए।</numerusform>
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
        <translation>बैकस्पेस</translation>
    </message>
    <message>
        <source>Clear (Delete)</source>
        <translation>साफ़ करें (Delete)</translation>
    </message>
    <message>
        <source>Charge
⏎</source>
        <translation>चार्ज करें
⏎</translation>
    </message>
    <message>
        <source>Charge (Enter)</source>
        <translation>चार्ज करें (Enter)</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>The same as the windows</source>
        <translation>विंडो वाली भाषा ही</translation>
    </message>
    <message>
        <source>Customers can choose the display&apos;s language</source>
        <translation>ग्राहक डिस्प्ले की भाषा खुद चुन सकते हैं</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>विंडो:</translation>
    </message>
    <message>
        <source>Customer display:</source>
        <translation>ग्राहक डिस्प्ले:</translation>
    </message>
    <message>
        <source>These choices belong to this counter. A new language for the windows shows after posapp restarts; the customer display changes at once. With the choice on, the display&apos;s welcome screen has a Language button, and a customer&apos;s choice lasts until their sale is over.</source>
        <translation>ये विकल्प सिर्फ़ इसी काउंटर के लिए हैं। विंडो की नई भाषा posapp दोबारा चालू होने के बाद दिखती है; ग्राहक डिस्प्ले तुरंत बदल जाता है। यह विकल्प चालू होने पर डिस्प्ले की स्वागत स्क्रीन पर भाषा बटन आता है, और ग्राहक की चुनी भाषा उनकी बिक्री पूरी होने तक रहती है।</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>मालिक</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <source>{shop} — sign in</source>
        <translation>{shop} — साइन इन</translation>
    </message>
    <message>
        <source>posapp — sign in</source>
        <translation>posapp — साइन इन</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>काउंटर पर कौन है?</translation>
    </message>
    <message>
        <source>No users yet. An administrator adds them with
posapp users add NAME --role cashier</source>
        <translation>अभी कोई यूज़र नहीं है। एडमिन इस कमांड से यूज़र जोड़ते हैं:
posapp users add NAME --role cashier</translation>
    </message>
    <message>
        <source>‹  Not you? Choose another user</source>
        <translation>‹  आप नहीं हैं? दूसरा यूज़र चुनें</translation>
    </message>
    <message>
        <source>Enter your PIN or password</source>
        <translation>अपना PIN या पासवर्ड डालें</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries.</source>
        <translation>बहुत बार गलत कोशिश के बाद लॉक हो गया।</translation>
    </message>
    <message>
        <source>Starting… your PIN will be checked in a moment.</source>
        <translation>शुरू हो रहा है… आपका PIN कुछ ही पल में जाँचा जाएगा।</translation>
    </message>
</context>
<context>
    <name>NetworkFields</name>
    <message>
        <source>Testnet — test money</source>
        <translation>टेस्ट नेटवर्क — टेस्ट पैसा</translation>
    </message>
    <message>
        <source>Public network — real USDC</source>
        <translation>पब्लिक नेटवर्क — असली USDC</translation>
    </message>
    <message>
        <source>For trying posapp out. Nothing paid on testnet has any value: rehearse a sale with a testnet wallet, then switch to the public network in Settings.</source>
        <translation>posapp आज़माने के लिए। टेस्ट नेटवर्क पर चुकाई गई किसी चीज़ की कोई कीमत नहीं है: टेस्ट नेटवर्क वॉलेट से बिक्री का अभ्यास करें, फिर सेटिंग में पब्लिक नेटवर्क पर जाएँ।</translation>
    </message>
    <message>
        <source>For real sales. Customers pay real USDC (by Circle) straight into your shop&apos;s own account.</source>
        <translation>असली बिक्री के लिए। ग्राहक असली USDC (Circle का) सीधे आपकी दुकान के अपने खाते में चुकाते हैं।</translation>
    </message>
    <message>
        <source>leave empty to use the network&apos;s public Horizon</source>
        <translation>नेटवर्क का पब्लिक Horizon इस्तेमाल करने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>Horizon server (advanced):</source>
        <translation>Horizon सर्वर (एडवांस्ड):</translation>
    </message>
    <message>
        <source>Real money: make sure the address you enter next is your shop&apos;s own account.</source>
        <translation>असली पैसा: पक्का करें कि आगे आप जो पता डालेंगे, वह आपकी दुकान का अपना खाता हो।</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Welcome to posapp</source>
        <translation>posapp में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Take USDC payments on Stellar at your counter. posapp only watches your shop&apos;s account: it never asks for, stores or uses a secret key.</source>
        <translation>काउंटर पर Stellar से USDC भुगतान लें। posapp सिर्फ़ दुकान का खाता देखता है, सीक्रेट कुंजी कभी नहीं माँगता।</translation>
    </message>
    <message>
        <source>Language of this counter:</source>
        <translation>इस काउंटर की भाषा:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which network?&lt;/b&gt;</source>
        <translation>&lt;b&gt;कौन-सा नेटवर्क?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the Horizon server</source>
        <translation>Horizon सर्वर</translation>
    </message>
</context>
<context>
    <name>ParkedList</name>
    <message>
        <source>PARKED SALES · click or F9 to resume</source>
        <translation>होल्ड की गई बिक्रियाँ · फिर शुरू करने के लिए क्लिक करें या F9</translation>
    </message>
    <message>
        <source>{amount} · {received} received · {note} · until {time}</source>
        <translation>{amount} · {received} मिले · {note} · {time} तक</translation>
    </message>
    <message>
        <source>{amount} · {received} received · until {time}</source>
        <translation>{amount} · {received} मिले · {time} तक</translation>
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
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>आखिरी अंक मिटाएँ</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries.</source>
        <translation>बहुत बार गलत कोशिश के बाद लॉक हो गया।</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try left before a lock.</source>
        <translation>
            <numerusform>गलत PIN। लॉक होने से पहले %n कोशिश बाकी है।</numerusform>
            <numerusform>गलत PIN। लॉक होने से पहले %n कोशिशें बाकी हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a lock.</source>
        <translation>
            <numerusform>गलत PIN। लॉक होने से पहले %n कोशिश बाकी है।</numerusform>
            <numerusform>गलत PIN। लॉक होने से पहले %n कोशिशें बाकी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>अब आप फिर से कोशिश कर सकते हैं।</translation>
    </message>
    <message>
        <source>{reason}
Try again in {delay}.</source>
        <translation>{reason}
{delay} बाद फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत करें</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;फिर से करें</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;काटें</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;पेस्ट करें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;हाँ</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;नहीं</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पर लौटाएँ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मदद</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;पीछे</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;आगे &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;पूरा करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;मदद</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>पक्का करें</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Stellar public network</source>
        <translation>Stellar पब्लिक नेटवर्क</translation>
    </message>
    <message>
        <source>Stellar testnet</source>
        <translation>Stellar टेस्ट नेटवर्क</translation>
    </message>
    <message>
        <source>Scan to check this payment on the public Stellar ledger</source>
        <translation>Stellar के पब्लिक लेजर पर यह भुगतान जाँचने के लिए स्कैन करें</translation>
    </message>
    <message>
        <source>Scan to check this refund on the public Stellar ledger</source>
        <translation>Stellar के पब्लिक लेजर पर यह रिफंड जाँचने के लिए स्कैन करें</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>भुगतान हो गया</translation>
    </message>
    <message>
        <source>PAID LATE</source>
        <translation>देर से भुगतान हुआ</translation>
    </message>
    <message>
        <source>Paid after the payment window closed; accepted in full.</source>
        <translation>भुगतान का समय खत्म होने के बाद चुकाया गया; पूरा स्वीकार किया गया।</translation>
    </message>
    <message>
        <source>PARTIALLY PAID</source>
        <translation>आंशिक भुगतान</translation>
    </message>
    <message>
        <source>{amount} still due.</source>
        <translation>{amount} अभी बाकी है।</translation>
    </message>
    <message>
        <source>The sale expired before the rest arrived.</source>
        <translation>बाकी राशि आने से पहले बिक्री का समय समाप्त हो गया।</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>भुगतान नहीं हुआ</translation>
    </message>
    <message>
        <source>Overpaid by {amount} (refundable).</source>
        <translation>{amount} ज़्यादा चुकाए गए (रिफंड योग्य)।</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** कॉपी ***</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>फ़ोन {phone}</translation>
    </message>
    <message>
        <source>REFUND RECEIPT</source>
        <translation>रिफंड रसीद</translation>
    </message>
    <message>
        <source>Refund receipt no.</source>
        <translation>रिफंड रसीद नं.</translation>
    </message>
    <message>
        <source>For sale receipt no.</source>
        <translation>बिक्री रसीद नं.</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>रिफंड किया गया</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>रसीद नं.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>टर्मिनल</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>नोट: {note}</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>उप-योग</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>टैक्स</translation>
    </message>
    <message>
        <source>incl. tax</source>
        <translation>टैक्स शामिल</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>टिप</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>देय USDC</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>प्राप्त USDC</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>रिफंड</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>बिक्री का कुल</translation>
    </message>
    <message>
        <source>Sale paid</source>
        <translation>बिक्री का भुगतान</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>बिक्री की तारीख</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>रिफंड</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>कारण: {reason}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>नेटवर्क</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>ट्रांज़ैक्शन</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>लेजर</translation>
    </message>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>टेस्ट नेटवर्क — असली पैसा नहीं</translation>
    </message>
</context>
<context>
    <name>ReceiptCard</name>
    <message>
        <source>RECEIPT</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>Print  (P)</source>
        <translation>प्रिंट  (P)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>रसीद तैयार हो रही है…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>रसीद PDF में सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF सहेजी जा रही है…</translation>
    </message>
    <message>
        <source>RECEIPT {number}</source>
        <translation>रसीद {number}</translation>
    </message>
    <message>
        <source>Print the receipt? Press P (or PDF… to save it).</source>
        <translation>रसीद प्रिंट करें? P दबाएँ (या सहेजने के लिए PDF…)।</translation>
    </message>
    <message>
        <source>Press P to print it.</source>
        <translation>प्रिंट करने के लिए P दबाएँ।</translation>
    </message>
    <message>
        <source>No receipt: {reason}</source>
        <translation>रसीद नहीं: {reason}</translation>
    </message>
    <message>
        <source>Receipt: {reason}</source>
        <translation>रसीद: {reason}</translation>
    </message>
    <message>
        <source>{reason} The sale is paid; press P to try again.</source>
        <translation>{reason} बिक्री का भुगतान हो चुका है; फिर से कोशिश करने के लिए P दबाएँ।</translation>
    </message>
    <message>
        <source>Receipt not printed: {reason} The sale is paid; press P to try again.</source>
        <translation>रसीद प्रिंट नहीं हुई: {reason} बिक्री का भुगतान हो चुका है; फिर से कोशिश करने के लिए P दबाएँ।</translation>
    </message>
</context>
<context>
    <name>ReceiptFields</name>
    <message>
        <source>Show it; print when the cashier presses P</source>
        <translation>दिखाएँ; कैशियर के P दबाने पर प्रिंट करें</translation>
    </message>
    <message>
        <source>Show it and offer to print (P)</source>
        <translation>दिखाएँ और प्रिंट का विकल्प दें (P)</translation>
    </message>
    <message>
        <source>Print it at once</source>
        <translation>तुरंत प्रिंट करें</translation>
    </message>
    <message>
        <source>No printer (preview only)</source>
        <translation>कोई प्रिंटर नहीं (सिर्फ़ प्रीव्यू)</translation>
    </message>
    <message>
        <source>Thermal printer on the network (ESC/POS)</source>
        <translation>नेटवर्क पर थर्मल प्रिंटर (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on USB (ESC/POS)</source>
        <translation>USB पर थर्मल प्रिंटर (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on a serial port (ESC/POS)</source>
        <translation>सीरियल पोर्ट पर थर्मल प्रिंटर (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer device file (ESC/POS)</source>
        <translation>थर्मल प्रिंटर डिवाइस फ़ाइल (ESC/POS)</translation>
    </message>
    <message>
        <source>A printer of this computer</source>
        <translation>इस कंप्यूटर का प्रिंटर</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>फ़ोल्डर में PDF फ़ाइलें</translation>
    </message>
    <message>
        <source>192.168.1.50 or 192.168.1.50:9100</source>
        <translation>192.168.1.50 या 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>vendor:product in hex, e.g. 04b8:0e15</source>
        <translation>hex में vendor:product, जैसे 04b8:0e15</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0 or COM3, optionally ?baudrate=19200</source>
        <translation>/dev/ttyUSB0 या COM3, चाहें तो ?baudrate=19200</translation>
    </message>
    <message>
        <source>the printer&apos;s name (empty: the default printer)</source>
        <translation>प्रिंटर का नाम (खाली: डिफ़ॉल्ट प्रिंटर)</translation>
    </message>
    <message>
        <source>a folder, e.g. /home/shop/receipts</source>
        <translation>एक फ़ोल्डर, जैसे /home/shop/receipts</translation>
    </message>
    <message>
        <source>as it should print, e.g. GSTIN 29ABCDE1234F1Z5</source>
        <translation>जैसा प्रिंट होना चाहिए, जैसे GSTIN 29ABCDE1234F1Z5</translation>
    </message>
    <message>
        <source>80 mm (48 characters a line)</source>
        <translation>80 mm (एक लाइन में 48 अक्षर)</translation>
    </message>
    <message>
        <source>58 mm (32 characters a line)</source>
        <translation>58 mm (एक लाइन में 32 अक्षर)</translation>
    </message>
    <message>
        <source>On every receipt</source>
        <translation>हर रसीद पर</translation>
    </message>
    <message>
        <source>Shop address:</source>
        <translation>दुकान का पता:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>फ़ोन:</translation>
    </message>
    <message>
        <source>Tax id:</source>
        <translation>टैक्स id:</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>फ़ुटर:</translation>
    </message>
    <message>
        <source>Printer of this counter</source>
        <translation>इस काउंटर का प्रिंटर</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>प्रिंटर:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>कहाँ:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>कागज़:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>कॉपी:</translation>
    </message>
    <message>
        <source>When a sale is paid:</source>
        <translation>बिक्री का भुगतान होने पर:</translation>
    </message>
    <message>
        <source>The QR opens the payment on</source>
        <translation>QR से भुगतान यहाँ खुलता है:</translation>
    </message>
    <message>
        <source>Public network:</source>
        <translation>पब्लिक नेटवर्क:</translation>
    </message>
    <message>
        <source>Testnet:</source>
        <translation>टेस्ट नेटवर्क:</translation>
    </message>
    <message>
        <source>{hash} is replaced by the transaction hash.</source>
        <translation>{hash} की जगह ट्रांज़ैक्शन हैश आएगा।</translation>
    </message>
</context>
<context>
    <name>ReceiptJobs</name>
    <message>
        <source>Receipt {number}</source>
        <translation>रसीद {number}</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the receipt printer at {address}:{port}.</source>
        <translation>रसीद {number} रसीद प्रिंटर {address}:{port} पर प्रिंट हुई।</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the USB receipt printer {address}.</source>
        <translation>रसीद {number} USB रसीद प्रिंटर {address} पर प्रिंट हुई।</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the receipt printer on {address}.</source>
        <translation>रसीद {number} {address} वाले रसीद प्रिंटर पर प्रिंट हुई।</translation>
    </message>
    <message>
        <source>Receipt {number} printed on {printer}.</source>
        <translation>रसीद {number} {printer} पर प्रिंट हुई।</translation>
    </message>
    <message>
        <source>Receipt {number} sent to the printer {name}.</source>
        <translation>रसीद {number} प्रिंटर {name} को भेजी गई।</translation>
    </message>
    <message>
        <source>Receipt {number} saved as {path}.</source>
        <translation>रसीद {number} {path} के रूप में सहेजी गई।</translation>
    </message>
</context>
<context>
    <name>ReceiptPainter</name>
    <message>
        <source>Receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>posapp receipt</source>
        <translation>posapp रसीद</translation>
    </message>
</context>
<context>
    <name>ReceiptReprint</name>
    <message>
        <source>Print receipt (COPY)</source>
        <translation>रसीद प्रिंट करें (कॉपी)</translation>
    </message>
    <message>
        <source>Receipt PDF…</source>
        <translation>रसीद PDF…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>रसीद PDF में सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>रसीद तैयार हो रही है…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF सहेजी जा रही है…</translation>
    </message>
    <message>
        <source>Receipt not printed: {reason}</source>
        <translation>रसीद प्रिंट नहीं हुई: {reason}</translation>
    </message>
</context>
<context>
    <name>ReconcileTab</name>
    <message>
        <source>Missing here</source>
        <translation>यहाँ नहीं है</translation>
    </message>
    <message>
        <source>Not on network</source>
        <translation>नेटवर्क पर नहीं</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>अलग</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>बिक्री का कुल</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>ज़्यादा भुगतान</translation>
    </message>
    <message>
        <source>Refund sent</source>
        <translation>रिफंड भेजा गया</translation>
    </message>
    <message>
        <source>Refund not settled</source>
        <translation>रिफंड पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Refund flagged</source>
        <translation>रिफंड चिह्नित</translation>
    </message>
    <message>
        <source>Compare with the network</source>
        <translation>नेटवर्क से मिलान करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Re-reads the shop account&apos;s payments from Horizon and compares them with the payments stored here ({horizon}).</source>
        <translation>दुकान के खाते के भुगतान Horizon से दोबारा पढ़ता है और उनका यहाँ सहेजे गए भुगतानों से मिलान करता है ({horizon})।</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Ledger time</source>
        <translation>लेजर समय</translation>
    </message>
    <message>
        <source>Network (USDC)</source>
        <translation>नेटवर्क (USDC)</translation>
    </message>
    <message>
        <source>Stored (USDC)</source>
        <translation>सहेजा गया (USDC)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>ट्रांज़ैक्शन</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>नेटवर्क पढ़ा जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Read {records} network records (%n pages)…</source>
        <translation>
            <numerusform>नेटवर्क के {records} रिकॉर्ड पढ़े गए (%n पेज)…</numerusform>
            <numerusform>नेटवर्क के {records} रिकॉर्ड पढ़े गए (%n पेज)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything matches.</source>
        <translation>सब कुछ मेल खाता है।</translation>
    </message>
    <message numerus="yes">
        <source>%n differences.</source>
        <translation>
            <numerusform>%n अंतर।</numerusform>
            <numerusform>%n अंतर।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overpaid payments: {amount} USDC beyond the sales, to refund.</source>
        <translation>
            <numerusform>%n ज़्यादा भुगतान: बिक्री से {amount} USDC ज़्यादा, रिफंड करना है।</numerusform>
            <numerusform>%n ज़्यादा भुगतान: बिक्रियों से {amount} USDC ज़्यादा, रिफंड करना है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refunds sent; {waiting} waiting for a signature.</source>
        <translation>
            <numerusform>%n रिफंड भेजा गया; {waiting} साइन की प्रतीक्षा में।</numerusform>
            <numerusform>%n रिफंड भेजे गए; {waiting} साइन की प्रतीक्षा में।</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} – {end}: network {network} payments, stored {stored}, matching {matching}. &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>{start} – {end}: नेटवर्क पर {network} भुगतान, सहेजे गए {stored}, मेल खाते {matching}। &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked against {horizon}</source>
        <translation>{horizon} से मिलान किया गया</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Could not reconcile: {error}</source>
        <translation>मिलान नहीं हो सका: {error}</translation>
    </message>
    <message>
        <source>Reconciliation failed: {error}</source>
        <translation>मिलान विफल: {error}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Waiting for the signed payment on the ledger…</source>
        <translation>लेजर पर साइन किए गए भुगतान की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>Refunded ✓</source>
        <translation>रिफंड हो गया ✓</translation>
    </message>
    <message>
        <source>Expired: it was not submitted in time. Rebuild it to try again.</source>
        <translation>समय समाप्त: यह समय पर जमा नहीं हुआ। फिर से कोशिश करने के लिए इसे दोबारा बनाएँ।</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>Refund of {ref}</source>
        <translation>{ref} का रिफंड</translation>
    </message>
    <message>
        <source>Looking up what can be refunded…</source>
        <translation>देखा जा रहा है कि कितना रिफंड हो सकता है…</translation>
    </message>
    <message>
        <source>e.g. returned item</source>
        <translation>जैसे लौटाया गया आइटम</translation>
    </message>
    <message>
        <source>the deposit memo the customer&apos;s exchange gave them</source>
        <translation>ग्राहक के एक्सचेंज ने उन्हें जो डिपॉज़िट मेमो दिया है</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>राशि (USDC)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>किसे</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Exchange memo</source>
        <translation>एक्सचेंज मेमो</translation>
    </message>
    <message>
        <source>Prepare refund</source>
        <translation>रिफंड तैयार करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>{remaining} USDC can be refunded (received {received}, already refunded or waiting {held}). posapp prepares the transaction; you sign it in the wallet of the merchant account.</source>
        <translation>{remaining} USDC रिफंड हो सकते हैं (मिले {received}, पहले ही रिफंड या प्रतीक्षा में {held})। posapp ट्रांज़ैक्शन तैयार करता है; आप उसे मर्चेंट खाते के वॉलेट में साइन करते हैं।</translation>
    </message>
    <message>
        <source>Asking the network for the account&apos;s sequence and fee…</source>
        <translation>नेटवर्क से खाते का सीक्वेंस और फ़ीस पूछी जा रही है…</translation>
    </message>
    <message>
        <source>Scan with the wallet of the merchant account, check the amount and the destination, and sign there. This code is for the account&apos;s owner only: never show it to the customer.</source>
        <translation>मर्चेंट खाते के वॉलेट से स्कैन करें, राशि और पाने वाले की जाँच करें, और वहीं साइन करें। यह कोड सिर्फ़ खाते के मालिक के लिए है: इसे कभी ग्राहक को न दिखाएँ।</translation>
    </message>
    <message>
        <source>Copy XDR</source>
        <translation>XDR कॉपी करें</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>लिंक कॉपी करें</translation>
    </message>
    <message>
        <source>Save .xdr…</source>
        <translation>.xdr सहेजें…</translation>
    </message>
    <message>
        <source>Cancel refund</source>
        <translation>रिफंड रद्द करें</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>दोबारा बनाएँ</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>किसका</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>कब तक मान्य</translation>
    </message>
    <message>
        <source>Refund {amount} USDC</source>
        <translation>{amount} USDC रिफंड करें</translation>
    </message>
    <message>
        <source>transaction {hash}</source>
        <translation>ट्रांज़ैक्शन {hash}</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>नहीं हुआ: {error}</translation>
    </message>
    <message>
        <source>Save the unsigned transaction</source>
        <translation>बिना साइन का ट्रांज़ैक्शन सहेजें</translation>
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
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>राशि (USDC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>To</source>
        <translation>किसे</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>ट्रांज़ैक्शन</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>समय समाप्त</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>रिफंड…</translation>
    </message>
    <message>
        <source>Show QR…</source>
        <translation>QR दिखाएँ…</translation>
    </message>
    <message>
        <source>{created_by} (approved by {approved_by})</source>
        <translation>{created_by} ({approved_by} की मंज़ूरी से)</translation>
    </message>
    <message>
        <source>No refunds.</source>
        <translation>कोई रिफंड नहीं।</translation>
    </message>
    <message>
        <source>{amount} USDC refunded so far.</source>
        <translation>अब तक {amount} USDC रिफंड हुए।</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check and finish</source>
        <translation>जाँचें और पूरा करें</translation>
    </message>
    <message>
        <source>Press “Set up posapp” to save. You can change all of this later in Settings.</source>
        <translation>सहेजने के लिए “posapp सेट अप करें” दबाएँ। यह सब आप बाद में सेटिंग में बदल सकते हैं।</translation>
    </message>
    <message>
        <source>Set up posapp</source>
        <translation>posapp सेट अप करें</translation>
    </message>
    <message>
        <source>{rate} {currency} per USDC (fixed)</source>
        <translation>{rate} {currency} प्रति USDC (तय)</translation>
    </message>
    <message>
        <source>live from {source}</source>
        <translation>{source} से लाइव</translation>
    </message>
    <message>
        <source>Testnet (test money)</source>
        <translation>टेस्ट नेटवर्क (टेस्ट पैसा)</translation>
    </message>
    <message>
        <source>Public network (real USDC)</source>
        <translation>पब्लिक नेटवर्क (असली USDC)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>नेटवर्क</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>स्प्रेड</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Payment window</source>
        <translation>भुगतान का समय</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} मिनट</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>टॉलरेंस</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>वेबहुक</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <source>Checking the account and saving…</source>
        <translation>खाता जाँचा जा रहा है और सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>{error} Nothing was saved.</source>
        <translation>{error} कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>{error} Go back to the webhook page to choose the file store, or leave the URL empty.</source>
        <translation>{error} फ़ाइल स्टोर चुनने के लिए वेबहुक पेज पर वापस जाएँ, या URL खाली छोड़ दें।</translation>
    </message>
</context>
<context>
    <name>SaleDetailsDialog</name>
    <message>
        <source>cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>रिफंड किया गया</translation>
    </message>
    <message>
        <source>partially refunded</source>
        <translation>आंशिक रिफंड</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>पहुँचा</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>छोड़ दिया गया</translation>
    </message>
    <message>
        <source>Stellar public network</source>
        <translation>Stellar पब्लिक नेटवर्क</translation>
    </message>
    <message>
        <source>Stellar testnet</source>
        <translation>Stellar टेस्ट नेटवर्क</translation>
    </message>
    <message>
        <source>Sale {id}</source>
        <translation>बिक्री {id}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Sale id (memo)</source>
        <translation>बिक्री id (मेमो)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>समय सीमा</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>भुगतान का समय</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>देय USDC</translation>
    </message>
    <message>
        <source>{received}  (overpaid {overpaid})</source>
        <translation>{received}  ({overpaid} ज़्यादा)</translation>
    </message>
    <message>
        <source>{received}  ({short} short)</source>
        <translation>{received}  ({short} कम)</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>प्राप्त USDC</translation>
    </message>
    <message>
        <source>{amount} {method}</source>
        <translation>{amount} {method}</translation>
    </message>
    <message>
        <source>Rest taken</source>
        <translation>बाकी राशि ली गई</translation>
    </message>
    <message>
        <source>{amount} {state}</source>
        <translation>{amount} {state}</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>लौटाया गया</translation>
    </message>
    <message>
        <source>{usdc} USDC ({fiat}), {marker}</source>
        <translation>{usdc} USDC ({fiat}), {marker}</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>रिफंड किया गया</translation>
    </message>
    <message>
        <source>Cashier / terminal</source>
        <translation>कैशियर / टर्मिनल</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Quoted at</source>
        <translation>दर का समय</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>स्प्रेड</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>नेटवर्क</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>किसे चुकाया</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Rate quote used</source>
        <translation>इस्तेमाल की गई दर</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>राशि (USDC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>ट्रांज़ैक्शन</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Webhook event / attempt</source>
        <translation>वेबहुक इवेंट / कोशिश</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message numerus="yes">
        <source>{state} (%n attempt(s))</source>
        <translation>
            <numerusform>{state} (%n कोशिश)</numerusform>
            <numerusform>{state} (%n कोशिशें)</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>{duration} ms {error}</source>
        <translation>{duration} ms {error}</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>कोशिश</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Payments ({count})</source>
        <translation>भुगतान ({count})</translation>
    </message>
    <message>
        <source>Payments (0) — none received</source>
        <translation>भुगतान (0) — कोई नहीं मिला</translation>
    </message>
    <message>
        <source>Webhook deliveries ({count})</source>
        <translation>वेबहुक डिलीवरी ({count})</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>रिफंड</translation>
    </message>
    <message>
        <source>Partly paid: {received} USDC received, {rest} still to settle.</source>
        <translation>आंशिक भुगतान: {received} USDC मिले, {rest} का निपटारा बाकी है।</translation>
    </message>
    <message>
        <source>Take the rest ({rest}) in cash</source>
        <translation>बाकी ({rest}) नकद में लें</translation>
    </message>
    <message>
        <source>Take the rest ({rest}) by card</source>
        <translation>बाकी ({rest}) कार्ड से लें</translation>
    </message>
    <message>
        <source>Give back {received} USDC (queue refund)</source>
        <translation>{received} USDC लौटाएँ (रिफंड कतार में)</translation>
    </message>
    <message>
        <source>Settled: the rest {amount} taken by {method}. The sale is paid.</source>
        <translation>निपटारा हुआ: बाकी {amount} {method} से लिया गया। बिक्री का भुगतान हो गया।</translation>
    </message>
    <message>
        <source>Cancelled: {received} USDC queued for refund.</source>
        <translation>रद्द किया गया: {received} USDC रिफंड की कतार में।</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>नहीं हुआ: {error}</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>एक की कीमत</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>टैक्स</translation>
    </message>
    <message>
        <source>{tax} ({rate} %)</source>
        <translation>{tax} ({rate} %)</translation>
    </message>
    <message>
        <source>Subtotal {amount}</source>
        <translation>उप-योग {amount}</translation>
    </message>
    <message>
        <source>discount −{amount}</source>
        <translation>छूट −{amount}</translation>
    </message>
    <message>
        <source>tax {amount}</source>
        <translation>टैक्स {amount}</translation>
    </message>
    <message>
        <source>tip {amount}</source>
        <translation>टिप {amount}</translation>
    </message>
    <message>
        <source>total {amount}</source>
        <translation>कुल {amount}</translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <source>CURRENT SALE</source>
        <translation>मौजूदा बिक्री</translation>
    </message>
    <message>
        <source>Ready for the next sale</source>
        <translation>अगली बिक्री के लिए तैयार</translation>
    </message>
    <message>
        <source>Key the amount, then press Enter or Charge.</source>
        <translation>राशि डालें, फिर Enter या “चार्ज करें” दबाएँ।</translation>
    </message>
    <message>
        <source>What the customer display shows</source>
        <translation>ग्राहक डिस्प्ले पर क्या दिख रहा है</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>देय USDC</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>मिला</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>अभी बाकी</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>बचा समय</translation>
    </message>
    <message>
        <source>Press any digit to start the next sale.</source>
        <translation>अगली बिक्री शुरू करने के लिए कोई भी अंक दबाएँ।</translation>
    </message>
    <message>
        <source>Cancel sale  (Esc)</source>
        <translation>बिक्री रद्द करें  (Esc)</translation>
    </message>
    <message>
        <source>Rest in cash  (F2)</source>
        <translation>बाकी नकद  (F2)</translation>
    </message>
    <message>
        <source>Rest by card  (F3)</source>
        <translation>बाकी कार्ड से  (F3)</translation>
    </message>
    <message>
        <source>Give back  (F4)</source>
        <translation>लौटाएँ  (F4)</translation>
    </message>
    <message>
        <source>Park sale  (F8)</source>
        <translation>बिक्री होल्ड  (F8)</translation>
    </message>
    <message>
        <source>{received} of {due} received. Take the rest another way, give it back, or park the sale for the next customer.</source>
        <translation>{due} में से {received} मिले। बाकी किसी और तरीके से लें, लौटा दें, या अगले ग्राहक के लिए बिक्री होल्ड करें।</translation>
    </message>
    <message>
        <source>{received} of {due} received before the time ran out: take the rest another way, or give it back.</source>
        <translation>समय खत्म होने से पहले {due} में से {received} मिले: बाकी किसी और तरीके से लें, या लौटा दें।</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Last sale: {amount} · {state} at {time}</source>
        <translation>पिछली बिक्री: {amount} · {state}, {time} पर</translation>
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
        <translation>नोट: {note}</translation>
    </message>
    <message>
        <source>Memo {memo}</source>
        <translation>मेमो {memo}</translation>
    </message>
    <message>
        <source>time is up, checking…</source>
        <translation>समय समाप्त, जाँच हो रही है…</translation>
    </message>
    <message>
        <source>✓  Paid  {amount}</source>
        <translation>✓  भुगतान हो गया  {amount}</translation>
    </message>
    <message>
        <source>Expired: the customer did not pay in time</source>
        <translation>समय समाप्त: ग्राहक ने समय पर भुगतान नहीं किया</translation>
    </message>
    <message>
        <source>{received} received: take the rest another way or give it back (below).</source>
        <translation>{received} मिले: बाकी किसी और तरीके से लें या लौटा दें (नीचे)।</translation>
    </message>
    <message>
        <source>Nothing was received.</source>
        <translation>कुछ नहीं मिला।</translation>
    </message>
    <message>
        <source>Sale cancelled: given back</source>
        <translation>बिक्री रद्द: राशि लौटाई गई</translation>
    </message>
    <message>
        <source>{received} queued for refund to the customer.</source>
        <translation>{received} ग्राहक को रिफंड की कतार में।</translation>
    </message>
    <message>
        <source>Sale cancelled</source>
        <translation>बिक्री रद्द</translation>
    </message>
    <message>
        <source>{received}  ·  tx {hash}</source>
        <translation>{received}  ·  tx {hash}</translation>
    </message>
    <message>
        <source>+  {amount} cash</source>
        <translation>+  {amount} नकद</translation>
    </message>
    <message>
        <source>+  {amount} card</source>
        <translation>+  {amount} कार्ड</translation>
    </message>
    <message>
        <source>+  {amount} {way}</source>
        <translation>+  {amount} {way}</translation>
    </message>
    <message>
        <source>Overpaid {amount}</source>
        <translation>{amount} ज़्यादा भुगतान</translation>
    </message>
</context>
<context>
    <name>SalesChartView</name>
    <message>
        <source>{measure} per hour</source>
        <translation>प्रति घंटे {measure}</translation>
    </message>
    <message>
        <source>{measure} per day</source>
        <translation>प्रति दिन {measure}</translation>
    </message>
    <message>
        <source>{measure} per month</source>
        <translation>प्रति महीने {measure}</translation>
    </message>
    <message>
        <source>Chart measure</source>
        <translation>चार्ट का माप</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Sales ({currency})</source>
        <translation>बिक्री ({currency})</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>प्राप्त USDC</translation>
    </message>
    <message>
        <source>Number of paid sales</source>
        <translation>भुगतान हुई बिक्रियों की संख्या</translation>
    </message>
    <message>
        <source>Sales — nothing in this period</source>
        <translation>बिक्री — इस अवधि में कुछ नहीं</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>मिलियन</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>हज़ार</translation>
    </message>
</context>
<context>
    <name>SalesFields</name>
    <message>
        <source>Prices include tax</source>
        <translation>कीमतों में टैक्स शामिल है</translation>
    </message>
    <message>
        <source>Tax is added to prices</source>
        <translation>टैक्स कीमतों में जोड़ा जाता है</translation>
    </message>
    <message>
        <source>Offer tips on the customer display</source>
        <translation>ग्राहक डिस्प्ले पर टिप का विकल्प दें</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>टैक्स</translation>
    </message>
    <message>
        <source>Tip choices (%)</source>
        <translation>टिप के विकल्प (%)</translation>
    </message>
    <message>
        <source>Discount a cashier may give alone (%)</source>
        <translation>कैशियर खुद कितनी छूट दे सकते हैं (%)</translation>
    </message>
    <message>
        <source>Ask to confirm sales above (USDC)</source>
        <translation>इससे ज़्यादा की बिक्री पर पुष्टि माँगें (USDC)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>session</source>
        <translation>सेशन</translation>
    </message>
    <message>
        <source>tx</source>
        <translation>tx</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>भुगतानकर्ता</translation>
    </message>
    <message>
        <source>note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Double-click a sale for its payments and webhook deliveries</source>
        <translation>किसी बिक्री के भुगतान और वेबहुक डिलीवरी देखने के लिए उस पर डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Z-report…</source>
        <translation>Z-रिपोर्ट…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>UTF-8 BOM (Excel)</source>
        <translation>UTF-8 BOM (Excel)</translation>
    </message>
    <message>
        <source>Start the file with a byte-order mark so Excel reads UTF-8</source>
        <translation>फ़ाइल byte-order mark से शुरू करें ताकि Excel उसे UTF-8 में पढ़े</translation>
    </message>
    <message>
        <source>Exporting sales…</source>
        <translation>बिक्री एक्सपोर्ट हो रही है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV एक्सपोर्ट करें</translation>
    </message>
    <message numerus="yes">
        <source>Exporting sales… {rows} rows</source>
        <translation>
            <numerusform>बिक्री एक्सपोर्ट हो रही है… {rows} पंक्ति</numerusform>
            <numerusform>बिक्री एक्सपोर्ट हो रही है… {rows} पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {rows} sales to {path}</source>
        <translation>
            <numerusform>{rows} बिक्री {path} में एक्सपोर्ट हुई</numerusform>
            <numerusform>{rows} बिक्रियाँ {path} में एक्सपोर्ट हुईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>एक्सपोर्ट रद्द; कोई फ़ाइल नहीं लिखी गई</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>एक्सपोर्ट विफल: {error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>एक्सपोर्ट विफल</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>लोड नहीं हो सका: {error}</translation>
    </message>
    <message>
        <source>Export sales as CSV</source>
        <translation>बिक्री CSV में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} sales (scroll for more)</source>
        <translation>
            <numerusform>{loaded} बिक्री दिख रही है (और देखने के लिए स्क्रॉल करें)</numerusform>
            <numerusform>{loaded} बिक्रियाँ दिख रही हैं (और देखने के लिए स्क्रॉल करें)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} sales</source>
        <translation>
            <numerusform>{loaded} बिक्री दिख रही है</numerusform>
            <numerusform>{loaded} बिक्रियाँ दिख रही हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} of {total} sales</source>
        <translation>
            <numerusform>{total} में से {loaded} बिक्री दिख रही है</numerusform>
            <numerusform>{total} में से {loaded} बिक्रियाँ दिख रही हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>search by {kind}</source>
        <translation>{kind} से खोजें</translation>
    </message>
    <message>
        <source>double-click a sale for details</source>
        <translation>विवरण के लिए बिक्री पर डबल-क्लिक करें</translation>
    </message>
</context>
<context>
    <name>SalesTableModel</name>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>देय USDC</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>प्राप्त USDC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>टर्मिनल</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>ट्रांज़ैक्शन</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>इससे क्रम नहीं लगता</translation>
    </message>
</context>
<context>
    <name>SecretReveal</name>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Shown only now: paste it into your backend&apos;s webhook settings. posapp keeps it in the OS keyring (never in its database) and will not show it again.</source>
        <translation>यह सिर्फ़ अभी दिख रहा है: इसे अपने बैकएंड की वेबहुक सेटिंग में पेस्ट करें। posapp इसे OS कीरिंग में रखता है (अपने डेटाबेस में कभी नहीं) और इसे दोबारा नहीं दिखाएगा।</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>कॉपी हो गया ✓</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>network</source>
        <translation>नेटवर्क</translation>
    </message>
    <message>
        <source>merchant account</source>
        <translation>मर्चेंट खाता</translation>
    </message>
    <message>
        <source>Horizon address</source>
        <translation>Horizon पता</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>टॉलरेंस</translation>
    </message>
    <message>
        <source>monitoring window</source>
        <translation>निगरानी अवधि</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Check account</source>
        <translation>खाता जाँचें</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <source>Network &amp;&amp; account</source>
        <translation>नेटवर्क &amp;&amp; खाता</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>वेबहुक</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <source>Sales &amp;&amp; items</source>
        <translation>बिक्री &amp;&amp; आइटम</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>यूज़र</translation>
    </message>
    <message>
        <source>Loading settings…</source>
        <translation>सेटिंग लोड हो रही हैं…</translation>
    </message>
    <message>
        <source>e.g. x-cg-demo-api-key</source>
        <translation>जैसे x-cg-demo-api-key</translation>
    </message>
    <message>
        <source>kept in the OS keyring; leave empty to keep or remove</source>
        <translation>OS कीरिंग में रखी जाती है; रखने या हटाने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>कुंजी सहेजें</translation>
    </message>
    <message>
        <source>API key for the live rate (optional)</source>
        <translation>लाइव दर के लिए API कुंजी (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>हेडर:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>कुंजी:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merchant account&lt;/b&gt;</source>
        <translation>&lt;b&gt;मर्चेंट खाता&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A new network or account is looked up on Horizon when you save; the watcher starts reading it from its newest payment.</source>
        <translation>सहेजते समय नया नेटवर्क या खाता Horizon पर जाँचा जाता है; निगरानी उसके सबसे नए भुगतान से पढ़ना शुरू करती है।</translation>
    </message>
    <message>
        <source>Create a new secret…</source>
        <translation>नया सीक्रेट बनाएँ…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing secret&lt;/b&gt;</source>
        <translation>&lt;b&gt;साइनिंग सीक्रेट&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A new secret replaces the old one; the old one keeps signing for 24 hours so your backend can switch without missing an event.</source>
        <translation>नया सीक्रेट पुराने की जगह ले लेता है; पुराना 24 घंटे तक साइन करता रहता है ताकि आपका बैकएंड कोई इवेंट छोड़े बिना बदल सके।</translation>
    </message>
    <message>
        <source>Several counters on one database share these settings; a counter can use its own printer with POSAPP_RECEIPT_PRINTER (e.g. tcp://192.168.1.51:9100).</source>
        <translation>एक ही डेटाबेस वाले कई काउंटर ये सेटिंग साझा करते हैं; कोई काउंटर POSAPP_RECEIPT_PRINTER से अपना अलग प्रिंटर इस्तेमाल कर सकता है (जैसे tcp://192.168.1.51:9100)।</translation>
    </message>
    <message>
        <source>Lock the counter after:</source>
        <translation>इतनी देर बाद काउंटर लॉक करें:</translation>
    </message>
    <message>
        <source>With no key press or touch for this long, posapp returns to the sign-in screen. After 5 wrong PINs a user is locked, for longer after each further wrong PIN; an admin can unlock them on the Users tab.</source>
        <translation>इतनी देर तक कोई बटन न दबाने या स्क्रीन न छूने पर posapp साइन-इन स्क्रीन पर लौट आता है। 5 गलत PIN के बाद यूज़र लॉक हो जाता है, और हर अगले गलत PIN के बाद ज़्यादा देर के लिए; एडमिन “यूज़र” टैब पर उसे अनलॉक कर सकते हैं।</translation>
    </message>
    <message>
        <source>A secret is set. Kept in: {store}</source>
        <translation>सीक्रेट सेट है। कहाँ रखा है: {store}</translation>
    </message>
    <message>
        <source>No secret yet. Kept in: {store}</source>
        <translation>अभी कोई सीक्रेट नहीं। कहाँ रखा जाएगा: {store}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring.</source>
        <translation>OS कीरिंग में एक कुंजी सहेजी हुई है।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Saved. The counter uses them from the next sale (a new network, merchant account, Horizon address or currency needs a restart of posapp).</source>
        <translation>सहेज लिया गया। काउंटर अगली बिक्री से इन्हें इस्तेमाल करेगा (नया नेटवर्क, मर्चेंट खाता, Horizon पता या मुद्रा के लिए posapp दोबारा चालू करना होगा)।</translation>
    </message>
    <message>
        <source>Still to do: {warning}</source>
        <translation>अभी बाकी है: {warning}</translation>
    </message>
    <message>
        <source>The new language shows after posapp restarts.</source>
        <translation>नई भाषा posapp दोबारा चालू होने के बाद दिखेगी।</translation>
    </message>
    <message>
        <source>A secret is set (shown below once).</source>
        <translation>सीक्रेट सेट है (नीचे एक बार दिखाया गया है)।</translation>
    </message>
    <message>
        <source>Creating a new secret…</source>
        <translation>नया सीक्रेट बनाया जा रहा है…</translation>
    </message>
    <message>
        <source>New secret created (shown below once). The old one works 24 h more.</source>
        <translation>नया सीक्रेट बन गया (नीचे एक बार दिखाया गया है)। पुराना 24 घंटे और चलेगा।</translation>
    </message>
    <message>
        <source>New webhook secret created.</source>
        <translation>नया वेबहुक सीक्रेट बन गया।</translation>
    </message>
    <message>
        <source>Only used with a live rate source.</source>
        <translation>सिर्फ़ लाइव दर स्रोत के साथ इस्तेमाल होता है।</translation>
    </message>
    <message>
        <source>Key saved for {source} (in the OS keyring).</source>
        <translation>{source} के लिए कुंजी सहेजी गई (OS कीरिंग में)।</translation>
    </message>
    <message>
        <source>Key removed for {source} (in the OS keyring).</source>
        <translation>{source} की कुंजी हटाई गई (OS कीरिंग से)।</translation>
    </message>
    <message>
        <source>Saving the API key…</source>
        <translation>API कुंजी सहेजी जा रही है…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up posapp</source>
        <translation>posapp सेट अप करें</translation>
    </message>
    <message>
        <source>Settings from {source} are filled in. Check them on each page, then create the first administrator.</source>
        <translation>{source} से सेटिंग भर दी गई हैं। हर पेज पर इन्हें जाँचें, फिर पहला एडमिन बनाएँ।</translation>
    </message>
    <message>
        <source>Start using posapp</source>
        <translation>posapp इस्तेमाल करना शुरू करें</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <source>Fixed rate</source>
        <translation>तय दर</translation>
    </message>
    <message>
        <source>Live rate from</source>
        <translation>लाइव दर यहाँ से</translation>
    </message>
    <message>
        <source>a known source, or the base URL of a CoinGecko-style API</source>
        <translation>कोई जाना-माना स्रोत, या CoinGecko जैसे API का बेस URL</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>% added to the USDC due</source>
        <translation>देय USDC में जोड़ा जाने वाला %</translation>
    </message>
    <message>
        <source>USDC short still counts as paid (never over 1 % of a sale)</source>
        <translation>इतने USDC कम होने पर भी भुगतान माना जाएगा (बिक्री के 1 % से ज़्यादा कभी नहीं)</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>दुकान का नाम:</translation>
    </message>
    <message>
        <source>This counter:</source>
        <translation>यह काउंटर:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>मुद्रा:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>दर:</translation>
    </message>
    <message>
        <source>Spread:</source>
        <translation>स्प्रेड:</translation>
    </message>
    <message>
        <source>Time to pay:</source>
        <translation>भुगतान का समय:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>टॉलरेंस:</translation>
    </message>
    <message>
        <source>{currency} per 1 USDC</source>
        <translation>{currency} प्रति 1 USDC</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>आपकी दुकान</translation>
    </message>
    <message>
        <source>How prices become USDC: the rate, an optional spread, and how long a customer has to pay.</source>
        <translation>कीमतें USDC में कैसे बदलती हैं: दर, वैकल्पिक स्प्रेड, और ग्राहक के पास भुगतान के लिए कितना समय है।</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This counter has no administrator yet. Create one in a terminal:
posapp --data-dir {data_dir} users add NAME --role admin</source>
        <translation>इस काउंटर पर अभी कोई एडमिन नहीं है। टर्मिनल में एक बनाएँ:
posapp --data-dir {data_dir} users add NAME --role admin</translation>
    </message>
    <message>
        <source>posapp is already running</source>
        <translation>posapp पहले से चल रहा है</translation>
    </message>
    <message>
        <source>posapp is already running on this computer for the data dir {data_dir}.
Its window was brought forward: use that one.</source>
        <translation>इस कंप्यूटर पर डेटा फ़ोल्डर {data_dir} के लिए posapp पहले से चल रहा है।
उसकी विंडो सामने ला दी गई है: वही इस्तेमाल करें।</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <source>posapp is not set up yet</source>
        <translation>posapp अभी सेट अप नहीं हुआ है</translation>
    </message>
    <message>
        <source>&lt;b&gt;This counter is not set up yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ask your administrator to run, in a terminal:&lt;br&gt;&lt;pre&gt;{command}&lt;/pre&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;&lt;br&gt;(A setup wizard will do this from here in a later version.) Try &lt;code&gt;posapp --demo&lt;/code&gt; to see posapp on a built-in test network.</source>
        <translation>&lt;b&gt;यह काउंटर अभी सेट अप नहीं हुआ है।&lt;/b&gt;&lt;br&gt;&lt;br&gt;अपने एडमिन से टर्मिनल में यह चलाने को कहें:&lt;br&gt;&lt;pre&gt;{command}&lt;/pre&gt;डेटा फ़ोल्डर: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;&lt;br&gt;(आगे के किसी वर्ज़न में सेटअप विज़ार्ड यह काम यहीं से करेगा।) बिल्ट-इन टेस्ट नेटवर्क पर posapp देखने के लिए &lt;code&gt;posapp --demo&lt;/code&gt; आज़माएँ।</translation>
    </message>
    <message>
        <source>posapp cannot start</source>
        <translation>posapp शुरू नहीं हो सकता</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <source>Waiting for payment</source>
        <translation>भुगतान की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>आंशिक भुगतान</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>देर से भुगतान</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समय समाप्त</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Expired, partly paid</source>
        <translation>समय समाप्त, आंशिक भुगतान</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Network</source>
        <translation>नेटवर्क</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>वेबहुक</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>पूरा करें</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>USDC at the counter</source>
        <translation>काउंटर पर USDC</translation>
    </message>
</context>
<context>
    <name>StrayNotices</name>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it came without a memo, so it names no sale.</source>
        <translation>{who} से {amount} का भुगतान किसी बिक्री से नहीं जुड़ा: यह बिना मेमो के आया, इसलिए इसमें किसी बिक्री का नाम नहीं है।</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: its memo {memo} names no sale.</source>
        <translation>{who} से {amount} का भुगतान किसी बिक्री से नहीं जुड़ा: इसका मेमो {memo} किसी बिक्री का नहीं है।</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: its memo names no sale of this shop.</source>
        <translation>{who} से {amount} का भुगतान किसी बिक्री से नहीं जुड़ा: इसका मेमो इस दुकान की किसी बिक्री का नहीं है।</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it paid a sale that was cancelled.</source>
        <translation>{who} से {amount} का भुगतान किसी बिक्री से नहीं जुड़ा: यह एक रद्द की गई बिक्री के लिए था।</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it arrived long after its sale expired.</source>
        <translation>{who} से {amount} का भुगतान किसी बिक्री से नहीं जुड़ा: यह बिक्री का समय समाप्त होने के काफ़ी बाद आया।</translation>
    </message>
    <message>
        <source>Fake USDC refused: {amount} from {who} (tx {tx}) came from an unknown issuer: it is not real USDC and was never credited. The owner sees it in the history&apos;s unmatched payments.</source>
        <translation>नकली USDC अस्वीकार: {who} से {amount} (tx {tx}) किसी अनजान जारीकर्ता का है: यह असली USDC नहीं है और कभी जमा नहीं किया गया। मालिक इसे इतिहास के बेमेल भुगतानों में देख सकते हैं।</translation>
    </message>
    <message>
        <source>Overpaid: {extra} more than the sale asked for (payment of {amount} from {who}). The owner can give it back from the history.</source>
        <translation>ज़्यादा भुगतान: बिक्री की माँग से {extra} ज़्यादा ({who} से {amount} का भुगतान)। मालिक इसे इतिहास से लौटा सकते हैं।</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale.</source>
        <translation>{who} से {amount} का भुगतान किसी बिक्री से नहीं जुड़ा।</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: {reason}.</source>
        <translation>{who} से {amount} का भुगतान किसी बिक्री से नहीं जुड़ा: {reason}।</translation>
    </message>
    <message>
        <source>Attach to this sale</source>
        <translation>इस बिक्री से जोड़ें</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <source>Sessions</source>
        <translation>सेशन</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Sales value</source>
        <translation>बिक्री मूल्य</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>प्राप्त USDC</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>रिफंड किया गया</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>औसत बिक्री</translation>
    </message>
    <message numerus="yes">
        <source>{unpaid} not (yet) paid</source>
        <translation>
            <numerusform>{unpaid} का भुगतान नहीं हुआ (अभी तक)</numerusform>
            <numerusform>{unpaid} का भुगतान नहीं हुआ (अभी तक)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid and late sales, per currency, net of refunds</source>
        <translation>भुगतान हुई और देर से भुगतान हुई बिक्रियाँ, हर मुद्रा में, रिफंड घटाकर</translation>
    </message>
    <message>
        <source>Given back by refunds: {refunded} USDC; before refunds the sales were {sales}</source>
        <translation>रिफंड से लौटाए गए: {refunded} USDC; रिफंड से पहले बिक्री {sales} थी</translation>
    </message>
    <message>
        <source>Includes partial payments and overpayments; {net} after refunds</source>
        <translation>आंशिक भुगतान और ज़्यादा भुगतान शामिल; रिफंड के बाद {net}</translation>
    </message>
    <message>
        <source>Per paid sale</source>
        <translation>प्रति भुगतान हुई बिक्री</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
</context>
<context>
    <name>UnmatchedModel</name>
    <message>
        <source>Received</source>
        <translation>मिला</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>राशि (USDC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <source>Why unmatched</source>
        <translation>बेमेल क्यों</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>ट्रांज़ैक्शन</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>{overpaid} USDC more than sale {sale} asked for (payment of {amount}): refund it to the payer</source>
        <translation>बिक्री {sale} की माँग से {overpaid} USDC ज़्यादा ({amount} का भुगतान): भुगतानकर्ता को रिफंड करें</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>ज़्यादा भुगतान</translation>
    </message>
</context>
<context>
    <name>UnmatchedTab</name>
    <message>
        <source>Webhook: {events}</source>
        <translation>वेबहुक: {events}</translation>
    </message>
    <message>
        <source>Webhook: none</source>
        <translation>वेबहुक: कोई नहीं</translation>
    </message>
    <message>
        <source>Attach {amount} USDC from {payer}
to sale {sale} ({price}, due {due} USDC, received so far {received})?</source>
        <translation>{payer} से मिले {amount} USDC को
बिक्री {sale} से जोड़ें ({price}, देय {due} USDC, अब तक मिले {received})?</translation>
    </message>
    <message>
        <source>The sale becomes {status} with {received} USDC received.</source>
        <translation>{received} USDC मिलने के साथ बिक्री की स्थिति “{status}” हो जाएगी।</translation>
    </message>
    <message>
        <source>This is recorded in the audit log and cannot be undone.</source>
        <translation>यह ऑडिट लॉग में दर्ज होता है और इसे पलटा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Attach to a sale…</source>
        <translation>बिक्री से जोड़ें…</translation>
    </message>
    <message>
        <source>Mark for refund…</source>
        <translation>रिफंड के लिए चिह्नित करें…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>रिफंड…</translation>
    </message>
    <message>
        <source>Prepare the refund transaction and sign it with your wallet&apos;s QR scanner</source>
        <translation>रिफंड ट्रांज़ैक्शन तैयार करें और अपने वॉलेट के QR स्कैनर से साइन करें</translation>
    </message>
    <message>
        <source>Copy payer address</source>
        <translation>भुगतानकर्ता का पता कॉपी करें</translation>
    </message>
    <message>
        <source>Show attached and refunded</source>
        <translation>जोड़े गए और रिफंड किए गए भी दिखाएँ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>USDC that reached the shop&apos;s account without a memo naming a sale (or for a cancelled sale). Nothing is ever assigned by amount: attach a payment to its sale, or mark it to be refunded from your wallet. Overpaid: money beyond what a sale asked for, to send back to the payer from your wallet.</source>
        <translation>ऐसे USDC जो दुकान के खाते में किसी बिक्री के मेमो के बिना पहुँचे (या किसी रद्द बिक्री के लिए आए)। राशि देखकर कुछ भी अपने-आप नहीं जोड़ा जाता: भुगतान को उसकी बिक्री से जोड़ें, या अपने वॉलेट से रिफंड के लिए चिह्नित करें। ज़्यादा भुगतान: बिक्री की माँग से ज़्यादा पैसा, जिसे अपने वॉलेट से भुगतानकर्ता को वापस भेजना है।</translation>
    </message>
    <message>
        <source>Could not load unmatched payments: {error}</source>
        <translation>बेमेल भुगतान लोड नहीं हो सके: {error}</translation>
    </message>
    <message>
        <source>Attach payment?</source>
        <translation>भुगतान जोड़ें?</translation>
    </message>
    <message>
        <source>Mark for refund</source>
        <translation>रिफंड के लिए चिह्नित करें</translation>
    </message>
    <message>
        <source>Refund {amount} USDC to {payer}?
posapp holds no key: send it back from your wallet.
Note (optional):</source>
        <translation>{payer} को {amount} USDC रिफंड करें?
posapp के पास कोई कुंजी नहीं है: इसे अपने वॉलेट से वापस भेजें।
नोट (वैकल्पिक):</translation>
    </message>
    <message>
        <source>Attached {amount} USDC to {sale}: {status}</source>
        <translation>{amount} USDC {sale} से जोड़े गए: {status}</translation>
    </message>
    <message>
        <source>Marked {amount} USDC for refund</source>
        <translation>{amount} USDC रिफंड के लिए चिह्नित किए गए</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>PIN: 4 to 8 digits (not 0000 or 1234). Password: 8 to 72 characters.</source>
        <translation>PIN: 4 से 8 अंक (0000 या 1234 नहीं)। पासवर्ड: 8 से 72 अक्षर।</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>भूमिका:</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>नया PIN या पासवर्ड:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>PIN या पासवर्ड:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>दोबारा:</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Make cashier</source>
        <translation>कैशियर बनाएँ</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>मालिक बनाएँ</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>एडमिन बनाएँ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>यूज़र जोड़ें…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN रीसेट करें…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>{time} तक लॉक</translation>
    </message>
    <message numerus="yes">
        <source>{state} · %n wrong PIN(s)</source>
        <translation>
            <numerusform>{state} · %n गलत PIN</numerusform>
            <numerusform>{state} · %n गलत PIN</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · you</source>
        <translation>{status} · आप</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>चालू करें</translation>
    </message>
    <message>
        <source>Saved ({name}).</source>
        <translation>सहेजा गया ({name})।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>यूज़र जोड़ें</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>{name} को जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>{name} के लिए नया PIN</translation>
    </message>
    <message>
        <source>Setting a new PIN for {name}…</source>
        <translation>{name} के लिए नया PIN सेट हो रहा है…</translation>
    </message>
    <message>
        <source>Changing {name}&apos;s role…</source>
        <translation>{name} की भूमिका बदली जा रही है…</translation>
    </message>
    <message>
        <source>Disabling {name}…</source>
        <translation>{name} को बंद किया जा रहा है…</translation>
    </message>
    <message>
        <source>Enabling {name}…</source>
        <translation>{name} को चालू किया जा रहा है…</translation>
    </message>
    <message>
        <source>Unlocking {name}…</source>
        <translation>{name} को अनलॉक किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>WebhookFields</name>
    <message>
        <source>https://your-backend.example/posapp-webhook  (optional)</source>
        <translation>https://your-backend.example/posapp-webhook  (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Keep the webhook secret in a file in the data folder instead (readable only by this Windows/macOS/Linux user)</source>
        <translation>वेबहुक सीक्रेट इसकी जगह डेटा फ़ोल्डर की एक फ़ाइल में रखें (जिसे सिर्फ़ यही Windows/macOS/Linux यूज़र पढ़ सके)</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>एंडपॉइंट URL:</translation>
    </message>
    <message>
        <source>No usable OS keyring ({problem}). posapp keeps secrets only in the keyring unless you allow a file: install and unlock a keyring (e.g. gnome-keyring, KWallet), or tick the box below.</source>
        <translation>कोई इस्तेमाल योग्य OS कीरिंग नहीं ({problem})। जब तक आप फ़ाइल की अनुमति न दें, posapp सीक्रेट सिर्फ़ कीरिंग में रखता है: कोई कीरिंग इंस्टॉल करके अनलॉक करें (जैसे gnome-keyring, KWallet), या नीचे का बॉक्स चुनें।</translation>
    </message>
</context>
<context>
    <name>WebhookIndicator</name>
    <message>
        <source>⚠ Webhooks: %n waiting, {given_up} not delivered · {problem}</source>
        <translation>⚠ वेबहुक: %n प्रतीक्षा में, {given_up} नहीं पहुँचे · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting, {given_up} not delivered</source>
        <translation>⚠ वेबहुक: %n प्रतीक्षा में, {given_up} नहीं पहुँचे</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting · {problem}</source>
        <translation>⚠ वेबहुक: %n प्रतीक्षा में · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting</source>
        <translation>⚠ वेबहुक: %n प्रतीक्षा में</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending, %n not delivered · {problem}</source>
        <translation>⚠ वेबहुक: भेजना बंद, %n नहीं पहुँचे · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending, %n not delivered</source>
        <translation>⚠ वेबहुक: भेजना बंद, %n नहीं पहुँचे</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending · {problem}</source>
        <translation>⚠ वेबहुक: भेजना बंद · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending</source>
        <translation>⚠ वेबहुक: भेजना बंद</translation>
    </message>
    <message>
        <source>Webhook events waiting to reach your backend: {waiting} ({retrying} after a failed attempt)</source>
        <translation>आपके बैकएंड तक पहुँचने की प्रतीक्षा में वेबहुक इवेंट: {waiting} ({retrying} एक विफल कोशिश के बाद)</translation>
    </message>
    <message>
        <source>Webhook events waiting to reach your backend: {waiting}</source>
        <translation>आपके बैकएंड तक पहुँचने की प्रतीक्षा में वेबहुक इवेंट: {waiting}</translation>
    </message>
    <message>
        <source>Not delivered after every retry, or refused: {given_up} (send them again with `posapp webhooks replay`)</source>
        <translation>हर दोबारा कोशिश के बाद भी नहीं पहुँचे, या अस्वीकार हुए: {given_up} (इन्हें `posapp webhooks replay` से फिर भेजें)</translation>
    </message>
    <message>
        <source>Sending is stopped: {reason}</source>
        <translation>भेजना रुका हुआ है: {reason}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>आखिरी त्रुटि: {error}</translation>
    </message>
    <message>
        <source>Waiting events are retried automatically; sales are not affected.</source>
        <translation>प्रतीक्षा वाले इवेंट अपने-आप दोबारा भेजे जाते हैं; बिक्री पर कोई असर नहीं पड़ता।</translation>
    </message>
</context>
<context>
    <name>WebhookPage</name>
    <message>
        <source>Tell your backend about payments (optional)</source>
        <translation>अपने बैकएंड को भुगतानों की जानकारी दें (वैकल्पिक)</translation>
    </message>
    <message>
        <source>posapp can send each paid, expired or cancelled sale to your own server, signed with a secret (Standard Webhooks). Leave empty if you do not have one.</source>
        <translation>posapp हर भुगतान हुई, समय समाप्त या रद्द बिक्री को आपके अपने सर्वर पर भेज सकता है, एक सीक्रेट से साइन करके (Standard Webhooks)। अगर आपके पास सर्वर नहीं है तो खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>A new signing secret is created when you finish and shown once, with a copy button. It is kept in the OS keyring, never in posapp&apos;s database.</source>
        <translation>पूरा करने पर एक नया साइनिंग सीक्रेट बनता है और कॉपी बटन के साथ एक बार दिखाया जाता है। यह OS कीरिंग में रखा जाता है, posapp के डेटाबेस में कभी नहीं।</translation>
    </message>
</context>
<context>
    <name>ZReport</name>
    <message>
        <source>cashier {name}</source>
        <translation>कैशियर {name}</translation>
    </message>
    <message>
        <source>terminal {name}</source>
        <translation>टर्मिनल {name}</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>टर्मिनल</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>सेशन</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>देर से</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>आंशिक</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समय समाप्त</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Fiat sales</source>
        <translation>फ़िएट बिक्री</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>प्राप्त USDC</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>सभी कैशियर</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>सभी टर्मिनल</translation>
    </message>
    <message>
        <source>{shop} — Z-report</source>
        <translation>{shop} — Z-रिपोर्ट</translation>
    </message>
    <message>
        <source>Unmatched USDC payments received this day: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC); still to resolve: &lt;b&gt;{unresolved}&lt;/b&gt;.</source>
        <translation>आज मिले बेमेल USDC भुगतान: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC); अभी सुलझाने बाकी: &lt;b&gt;{unresolved}&lt;/b&gt;।</translation>
    </message>
    <message>
        <source>Overpaid: payments beyond what their sale asked for: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC to refund to the payers).</source>
        <translation>ज़्यादा भुगतान: बिक्री की माँग से ज़्यादा भुगतान: &lt;b&gt;{count}&lt;/b&gt; (भुगतानकर्ताओं को {usdc} USDC रिफंड करने हैं)।</translation>
    </message>
    <message>
        <source>Partly paid sales settled at the counter: the rest taken another way: &lt;b&gt;{settled}&lt;/b&gt;; given back (queued for refund): &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC).</source>
        <translation>काउंटर पर निपटाई गई आंशिक भुगतान वाली बिक्रियाँ: बाकी किसी और तरीके से लिया गया: &lt;b&gt;{settled}&lt;/b&gt;; लौटाया गया (रिफंड कतार में): &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC)।</translation>
    </message>
    <message>
        <source>Made {when} by {who}. Fiat sales count paid and late sales; USDC received includes partial payments.</source>
        <translation>{when} को {who} ने बनाई। फ़िएट बिक्री में भुगतान हुई और देर से भुगतान हुई बिक्रियाँ गिनी जाती हैं; प्राप्त USDC में आंशिक भुगतान शामिल हैं।</translation>
    </message>
    <message>
        <source>cash {amount} ({count} sales)</source>
        <translation>नकद {amount} ({count} बिक्रियाँ)</translation>
    </message>
    <message>
        <source>card {amount} ({count} sales)</source>
        <translation>कार्ड {amount} ({count} बिक्रियाँ)</translation>
    </message>
    <message>
        <source>cash {amount} (1 sale)</source>
        <translation>नकद {amount} (1 बिक्री)</translation>
    </message>
    <message>
        <source>card {amount} (1 sale)</source>
        <translation>कार्ड {amount} (1 बिक्री)</translation>
    </message>
    <message>
        <source>Refunds of this day&apos;s sales: &lt;b&gt;{refunded}&lt;/b&gt;; net sales: &lt;b&gt;{net}&lt;/b&gt;.</source>
        <translation>आज की बिक्रियों के रिफंड: &lt;b&gt;{refunded}&lt;/b&gt;; शुद्ध बिक्री: &lt;b&gt;{net}&lt;/b&gt;।</translation>
    </message>
    <message>
        <source>Refunds sent this day: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC)</source>
        <translation>आज भेजे गए रिफंड: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC)</translation>
    </message>
    <message>
        <source>{who} (approved by {approver})</source>
        <translation>{who} ({approver} की मंज़ूरी से)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Sale / payment</source>
        <translation>बिक्री / भुगतान</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>ट्रांज़ैक्शन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>टैक्स</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>आइटम के हिसाब से बिक्री</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>श्रेणी के हिसाब से बिक्री</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>टिप</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>छूट</translation>
    </message>
    <message>
        <source>Tax collected, tips and discounts by cashier</source>
        <translation>कैशियर के हिसाब से वसूला गया टैक्स, टिप और छूट</translation>
    </message>
</context>
<context>
    <name>ZReportDialog</name>
    <message>
        <source>End-of-day report (Z)</source>
        <translation>दिन के अंत की रिपोर्ट (Z)</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>सभी कैशियर</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>सभी टर्मिनल</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF सहेजें…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>टर्मिनल</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>रिपोर्ट बन रही है…</translation>
    </message>
    <message>
        <source>Could not build the report: {error}</source>
        <translation>रिपोर्ट नहीं बन सकी: {error}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Save Z-report</source>
        <translation>Z-रिपोर्ट सहेजें</translation>
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
        <translation>छूट या तो प्रतिशत में होती है या राशि में</translation>
    </message>
    <message>
        <source>a discount percentage is between 0 and 100</source>
        <translation>छूट का प्रतिशत 0 से 100 के बीच होता है</translation>
    </message>
    <message>
        <source>a discount cannot be negative</source>
        <translation>छूट ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>a tip is either a percentage or an amount</source>
        <translation>टिप या तो प्रतिशत में होती है या राशि में</translation>
    </message>
    <message>
        <source>a tip percentage is between 0 and 100</source>
        <translation>टिप का प्रतिशत 0 से 100 के बीच होता है</translation>
    </message>
    <message>
        <source>a tip cannot be negative</source>
        <translation>टिप ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>a quantity is a whole number</source>
        <translation>मात्रा पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>a quantity is between 1 and {limit}</source>
        <translation>मात्रा 1 से {limit} के बीच होनी चाहिए</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>कीमत ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>a tax rate is between 0 and 100 %</source>
        <translation>टैक्स दर 0 से 100 % के बीच होती है</translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation>कार्ट खाली है</translation>
    </message>
    <message>
        <source>a cart holds at most {limit} lines</source>
        <translation>कार्ट में ज़्यादा से ज़्यादा {limit} लाइनें हो सकती हैं</translation>
    </message>
    <message>
        <source>an amount has more than {places} decimal places for this currency</source>
        <translation>इस मुद्रा के लिए राशि में {places} से ज़्यादा दशमलव अंक हैं</translation>
    </message>
    <message>
        <source>the catalog was not imported: {problems}; and {more} more</source>
        <translation>कैटलॉग इम्पोर्ट नहीं हुआ: {problems}; और {more} अन्य</translation>
    </message>
    <message>
        <source>the catalog was not imported: {problems}</source>
        <translation>कैटलॉग इम्पोर्ट नहीं हुआ: {problems}</translation>
    </message>
    <message>
        <source>sku must be 1 to 64 printable characters</source>
        <translation>sku 1 से 64 प्रिंट होने योग्य अक्षरों का होना चाहिए</translation>
    </message>
    <message>
        <source>name must be 1 to 120 characters</source>
        <translation>नाम 1 से 120 अक्षरों का होना चाहिए</translation>
    </message>
    <message>
        <source>price: {error}</source>
        <translation>कीमत: {error}</translation>
    </message>
    <message>
        <source>tax_rate {tax_rate!r} is not a number</source>
        <translation>tax_rate {tax_rate!r} संख्या नहीं है</translation>
    </message>
    <message>
        <source>tax_rate must be between 0 and 100 (percent)</source>
        <translation>tax_rate 0 से 100 (प्रतिशत) के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>barcode must be at most 64 printable characters</source>
        <translation>बारकोड ज़्यादा से ज़्यादा 64 प्रिंट होने योग्य अक्षरों का होना चाहिए</translation>
    </message>
    <message>
        <source>enabled {enabled!r} is not yes or no</source>
        <translation>enabled {enabled!r} yes या no नहीं है</translation>
    </message>
    <message>
        <source>currency is empty</source>
        <translation>मुद्रा खाली है</translation>
    </message>
    <message>
        <source>unknown currency {code!r}: use an ISO code like INR</source>
        <translation>अनजान मुद्रा {code!r}: INR जैसा ISO कोड इस्तेमाल करें</translation>
    </message>
    <message>
        <source>{what} is not a valid URL: {url!r}</source>
        <translation>{what} सही URL नहीं है: {url!r}</translation>
    </message>
    <message>
        <source>{what} must be an https:// URL, got {url!r}</source>
        <translation>{what} https:// URL होना चाहिए, मिला {url!r}</translation>
    </message>
    <message>
        <source>{what} has no host: {url!r}</source>
        <translation>{what} में होस्ट नहीं है: {url!r}</translation>
    </message>
    <message>
        <source>{what} must use https, not plain http to {origin} (plain http is allowed only to this machine: localhost, 127.0.0.1, ::1)</source>
        <translation>{what} में https इस्तेमाल होना चाहिए, {origin} के लिए सादा http नहीं (सादा http सिर्फ़ इसी मशीन के लिए चलता है: localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>language must be one of {choices}</source>
        <translation>भाषा इनमें से एक होनी चाहिए: {choices}</translation>
    </message>
    <message>
        <source>unknown language {code}: use one of {choices}</source>
        <translation>अनजान भाषा {code}: इनमें से एक इस्तेमाल करें: {choices}</translation>
    </message>
    <message>
        <source>amount must be a number, not {kind}</source>
        <translation>राशि संख्या होनी चाहिए, {kind} नहीं</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>राशि खाली है</translation>
    </message>
    <message>
        <source>amount {raw!r} is not a number</source>
        <translation>राशि {raw!r} संख्या नहीं है</translation>
    </message>
    <message>
        <source>amount must be a finite number</source>
        <translation>राशि एक सीमित संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>amount must be greater than zero</source>
        <translation>राशि शून्य से ज़्यादा होनी चाहिए</translation>
    </message>
    <message>
        <source>amount has more than {places} decimal places</source>
        <translation>राशि में {places} से ज़्यादा दशमलव अंक हैं</translation>
    </message>
    <message>
        <source>amount is too large (maximum {maximum})</source>
        <translation>राशि बहुत बड़ी है (अधिकतम {maximum})</translation>
    </message>
    <message>
        <source>{amount} has more than 7 decimal places</source>
        <translation>{amount} में 7 से ज़्यादा दशमलव अंक हैं</translation>
    </message>
    <message>
        <source>fiat amount and rate must be greater than zero</source>
        <translation>फ़िएट राशि और दर शून्य से ज़्यादा होनी चाहिए</translation>
    </message>
    <message>
        <source>spread must be between 0 and 100 percent</source>
        <translation>स्प्रेड 0 से 100 प्रतिशत के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>the USDC due is larger than a Stellar payment can carry</source>
        <translation>देय USDC एक Stellar भुगतान की सीमा से ज़्यादा है</translation>
    </message>
    <message>
        <source>amount is out of range</source>
        <translation>राशि सीमा से बाहर है</translation>
    </message>
    <message>
        <source>a cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>मालिक</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>चार्ज करना</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>रद्द करना</translation>
    </message>
    <message>
        <source>cancel partially paid</source>
        <translation>आंशिक भुगतान वाली बिक्री रद्द करना</translation>
    </message>
    <message>
        <source>settle other way</source>
        <translation>बाक़ी राशि दूसरे तरीके से लेना</translation>
    </message>
    <message>
        <source>view history</source>
        <translation>इतिहास देखना</translation>
    </message>
    <message>
        <source>export</source>
        <translation>एक्सपोर्ट करना</translation>
    </message>
    <message>
        <source>attach unmatched</source>
        <translation>बिना मिलान वाले भुगतान जोड़ना</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>रिफंड करना</translation>
    </message>
    <message>
        <source>manage webhooks</source>
        <translation>वेबहुक प्रबंधित करना</translation>
    </message>
    <message>
        <source>view audit</source>
        <translation>ऑडिट देखना</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>मंज़ूरी देना</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>सेटिंग बदलना</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>उपयोगकर्ता प्रबंधित करना</translation>
    </message>
    <message>
        <source>manage items</source>
        <translation>आइटम प्रबंधित करना</translation>
    </message>
    <message>
        <source>discount above limit</source>
        <translation>सीमा से ज़्यादा छूट देना</translation>
    </message>
    <message>
        <source>{name} no longer exists: sign in again</source>
        <translation>{name} अब मौजूद नहीं है: फिर से साइन इन करें</translation>
    </message>
    <message>
        <source>{name} has been disabled: ask an admin</source>
        <translation>{name} को बंद कर दिया गया है: किसी एडमिन से पूछें</translation>
    </message>
    <message>
        <source>{role} may not {action}</source>
        <translation>{role} को यह करने की अनुमति नहीं है: {action}</translation>
    </message>
    <message>
        <source>tolerance must be a number of USDC from 0 to 1</source>
        <translation>टॉलरेंस 0 से 1 के बीच USDC की संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>tolerance must be from 0 to 1 USDC (each sale is also capped at 1 % of its amount)</source>
        <translation>टॉलरेंस 0 से 1 USDC होना चाहिए (हर बिक्री पर यह उसकी राशि के 1 % तक भी सीमित है)</translation>
    </message>
    <message>
        <source>tolerance has more than 7 decimal places (a stroop is 0.0000001)</source>
        <translation>टॉलरेंस में 7 से ज़्यादा दशमलव अंक हैं (एक stroop 0.0000001 होता है)</translation>
    </message>
    <message>
        <source>rate source name {name!r} must be 1-40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>दर स्रोत का नाम {name!r} 1-40 अक्षरों, अंकों, &apos;.&apos;, &apos;_&apos; या &apos;-&apos; का होना चाहिए</translation>
    </message>
    <message>
        <source>fixed rates need the time they were set</source>
        <translation>तय दरों के साथ उनके सेट होने का समय चाहिए</translation>
    </message>
    <message>
        <source>API key given for unknown rate source {keys}</source>
        <translation>अनजान दर स्रोत {keys} के लिए API कुंजी दी गई</translation>
    </message>
    <message>
        <source>{code!r} is not a three-letter currency code</source>
        <translation>{code!r} तीन अक्षरों वाला मुद्रा कोड नहीं है</translation>
    </message>
    <message>
        <source>the fixed {currency} rate must be a finite Decimal</source>
        <translation>{currency} की तय दर एक सीमित Decimal होनी चाहिए</translation>
    </message>
    <message>
        <source>{name}: {currency!r} is not a currency code</source>
        <translation>{name}: {currency!r} मुद्रा कोड नहीं है</translation>
    </message>
    <message>
        <source>{name}: no fixed rate set for {code} (set: {known})</source>
        <translation>{name}: {code} के लिए कोई तय दर सेट नहीं (सेट हैं: {known})</translation>
    </message>
    <message>
        <source>rate source {name}: base URL must be http(s)://host[/path] with no query, fragment or credentials</source>
        <translation>दर स्रोत {name}: बेस URL http(s)://host[/path] होना चाहिए, बिना query, fragment या credentials के</translation>
    </message>
    <message>
        <source>rate source {name}: coin id {coin_id!r} is invalid</source>
        <translation>दर स्रोत {name}: coin id {coin_id!r} गलत है</translation>
    </message>
    <message>
        <source>rate source {name}: max age and cache time must be positive</source>
        <translation>दर स्रोत {name}: max age और cache time धनात्मक होने चाहिए</translation>
    </message>
    <message>
        <source>rate source {name}: timeout must be a positive number</source>
        <translation>दर स्रोत {name}: timeout धनात्मक संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>rate source {name}: API key header needs a name and a key</source>
        <translation>दर स्रोत {name}: API कुंजी हेडर के लिए नाम और कुंजी दोनों चाहिए</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>a median rate source needs at least one source</source>
        <translation>median दर स्रोत के लिए कम से कम एक स्रोत चाहिए</translation>
    </message>
    <message>
        <source>rate source names must differ: {names}</source>
        <translation>दर स्रोतों के नाम अलग-अलग होने चाहिए: {names}</translation>
    </message>
    <message>
        <source>min_sources must be between 1 and {count}</source>
        <translation>min_sources 1 से {count} के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>max_spread_percent must be a Decimal of zero or more</source>
        <translation>max_spread_percent शून्य या उससे ज़्यादा का Decimal होना चाहिए</translation>
    </message>
    <message>
        <source>{name}: answered {answered}, not {currency}</source>
        <translation>{name}: {answered} का जवाब मिला, {currency} का नहीं</translation>
    </message>
    <message>
        <source>{name}: {count} of {total} sources answered for {currency} (need {min_sources}): {detail}</source>
        <translation>{name}: {total} में से {count} स्रोतों ने {currency} के लिए जवाब दिया ({min_sources} चाहिए): {detail}</translation>
    </message>
    <message>
        <source>{name}: {currency} sources disagree by more than {max_spread}% ({rates})</source>
        <translation>{name}: {currency} के स्रोतों में {max_spread}% से ज़्यादा का अंतर है ({rates})</translation>
    </message>
    <message>
        <source>{who} is a {kind}, not a Decimal</source>
        <translation>{who} एक {kind} है, Decimal नहीं</translation>
    </message>
    <message>
        <source>{who} is not a finite number</source>
        <translation>{who} सीमित संख्या नहीं है</translation>
    </message>
    <message>
        <source>{who} {rate} is not above zero</source>
        <translation>{who} {rate} शून्य से ज़्यादा नहीं है</translation>
    </message>
    <message>
        <source>{who} {rate} is implausible (expected {low} to {high})</source>
        <translation>{who} {rate} संभव नहीं लगता ({low} से {high} अपेक्षित)</translation>
    </message>
    <message>
        <source>{who} is dated {age} in the future (limit {tolerance}); check this computer&apos;s clock</source>
        <translation>{who} पर भविष्य में {age} की तारीख है (सीमा {tolerance}); इस कंप्यूटर की घड़ी जाँचें</translation>
    </message>
    <message>
        <source>{who} is stale: last updated {age} ago (limit {max_age})</source>
        <translation>{who} पुराना है: आखिरी अपडेट {age} पहले (सीमा {max_age})</translation>
    </message>
    <message>
        <source>rate source {name}: base URL must start with https:// or http://</source>
        <translation>दर स्रोत {name}: बेस URL https:// या http:// से शुरू होना चाहिए</translation>
    </message>
    <message>
        <source>rate source {name}: coin id is empty</source>
        <translation>दर स्रोत {name}: coin id खाली है</translation>
    </message>
    <message>
        <source>{what} must be a Decimal or text, not {kind}</source>
        <translation>{what} Decimal या टेक्स्ट होना चाहिए, {kind} नहीं</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a number</source>
        <translation>{what} {value!r} संख्या नहीं है</translation>
    </message>
    <message>
        <source>{what} must be a number, not {kind}</source>
        <translation>{what} संख्या होनी चाहिए, {kind} नहीं</translation>
    </message>
    <message>
        <source>{what} must be a finite number</source>
        <translation>{what} सीमित संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>rate mode must be &apos;fixed&apos; or &apos;http&apos;, not {mode!r}</source>
        <translation>दर मोड &apos;fixed&apos; या &apos;http&apos; होना चाहिए, {mode!r} नहीं</translation>
    </message>
    <message>
        <source>fixed {currency} rate must be greater than zero</source>
        <translation>{currency} की तय दर शून्य से ज़्यादा होनी चाहिए</translation>
    </message>
    <message>
        <source>the time fixed rates were set must include a time zone</source>
        <translation>तय दरें सेट करने के समय में टाइम ज़ोन होना चाहिए</translation>
    </message>
    <message>
        <source>http rate mode needs at least one rate source</source>
        <translation>http दर मोड के लिए कम से कम एक दर स्रोत चाहिए</translation>
    </message>
    <message>
        <source>{what} must be a whole number from 1 to {high}</source>
        <translation>{what} 1 से {high} तक की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>max_spread_percent must be between 0 and 100</source>
        <translation>max_spread_percent 0 से 100 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>rate settings are not valid JSON</source>
        <translation>दर सेटिंग सही JSON नहीं हैं</translation>
    </message>
    <message>
        <source>rate settings must be a JSON object</source>
        <translation>दर सेटिंग JSON object होनी चाहिए</translation>
    </message>
    <message>
        <source>rate settings version {version} is not supported</source>
        <translation>दर सेटिंग का वर्ज़न {version} समर्थित नहीं है</translation>
    </message>
    <message>
        <source>rate settings: fixed_rates or http_sources has the wrong shape</source>
        <translation>दर सेटिंग: fixed_rates या http_sources का ढाँचा गलत है</translation>
    </message>
    <message>
        <source>rate settings are malformed ({error})</source>
        <translation>दर सेटिंग खराब हैं ({error})</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>एक्सपोर्ट रद्द हुआ</translation>
    </message>
    <message>
        <source>folder {directory} does not exist</source>
        <translation>फ़ोल्डर {directory} मौजूद नहीं है</translation>
    </message>
    <message>
        <source>cannot write in {directory}: {error}</source>
        <translation>{directory} में लिख नहीं सकते: {error}</translation>
    </message>
    <message>
        <source>no session {session_id!r}</source>
        <translation>कोई सेशन {session_id!r} नहीं</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>आखिरी दिन पहले दिन से पहले है</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>अवधि शुरू होने से पहले ही खत्म हो रही है</translation>
    </message>
    <message>
        <source>reconciliation cancelled</source>
        <translation>मिलान रद्द हुआ</translation>
    </message>
    <message>
        <source>Horizon returned a page without a usable paging token</source>
        <translation>Horizon ने ऐसा पेज भेजा जिसमें इस्तेमाल योग्य paging token नहीं है</translation>
    </message>
    <message>
        <source>the sale is now {status} (was {expected}): review it again</source>
        <translation>बिक्री अब {status} है (पहले {expected} थी): इसे फिर से देखें</translation>
    </message>
    <message>
        <source>the payment was resolved meanwhile</source>
        <translation>इस बीच भुगतान का निपटारा हो चुका है</translation>
    </message>
    <message>
        <source>note is longer than {limit} characters</source>
        <translation>नोट {limit} अक्षरों से लंबा है</translation>
    </message>
    <message>
        <source>no payment {operation_id!r}</source>
        <translation>कोई भुगतान {operation_id!r} नहीं</translation>
    </message>
    <message>
        <source>the payment is already {status}</source>
        <translation>भुगतान पहले से {status} है</translation>
    </message>
    <message>
        <source>no sale {session_id!r}</source>
        <translation>कोई बिक्री {session_id!r} नहीं</translation>
    </message>
    <message>
        <source>that sale was charged to another account</source>
        <translation>वह बिक्री किसी दूसरे खाते पर चार्ज की गई थी</translation>
    </message>
    <message>
        <source>that sale was charged on another network ({network})</source>
        <translation>वह बिक्री किसी दूसरे नेटवर्क पर चार्ज की गई थी ({network})</translation>
    </message>
    <message>
        <source>a cancelled sale cannot take a payment: mark it for refund instead</source>
        <translation>रद्द की गई बिक्री में भुगतान नहीं जोड़ा जा सकता: इसकी जगह इसे रिफंड के लिए चिह्नित करें</translation>
    </message>
    <message>
        <source>the payment arrived after this sale&apos;s monitoring window: mark it for refund</source>
        <translation>भुगतान इस बिक्री की निगरानी अवधि के बाद आया: इसे रिफंड के लिए चिह्नित करें</translation>
    </message>
    <message>
        <source>stored shop configuration is damaged: {error}</source>
        <translation>सहेजी गई दुकान की सेटिंग खराब है: {error}</translation>
    </message>
    <message>
        <source>posapp is not set up here yet: run `posapp init` (or the setup)</source>
        <translation>posapp यहाँ अभी सेट अप नहीं हुआ है: `posapp init` (या सेटअप) चलाएँ</translation>
    </message>
    <message>
        <source>the terminal name must be 1 to 64 printable characters</source>
        <translation>टर्मिनल का नाम 1 से 64 प्रिंट होने योग्य अक्षरों का होना चाहिए</translation>
    </message>
    <message>
        <source>Horizon returned a payment record without a paging token and time</source>
        <translation>Horizon ने paging token और समय के बिना भुगतान रिकॉर्ड भेजा</translation>
    </message>
    <message>
        <source>{printer} is not an ESC/POS printer</source>
        <translation>{printer} ESC/POS प्रिंटर नहीं है</translation>
    </message>
    <message>
        <source>{printer} refused the connection: is it switched on?</source>
        <translation>{printer} ने कनेक्शन अस्वीकार कर दिया: क्या यह चालू है?</translation>
    </message>
    <message>
        <source>{printer} did not answer in time: is it on and connected?</source>
        <translation>{printer} ने समय पर जवाब नहीं दिया: क्या यह चालू और जुड़ा हुआ है?</translation>
    </message>
    <message>
        <source>{printer} is not there: is it plugged in?</source>
        <translation>{printer} मौजूद नहीं है: क्या यह प्लग इन है?</translation>
    </message>
    <message>
        <source>{printer} cannot be opened: this user may not use it</source>
        <translation>{printer} खुल नहीं सकता: शायद इस यूज़र को इसकी अनुमति नहीं है</translation>
    </message>
    <message>
        <source>{printer} needs libusb, which is not installed on this computer</source>
        <translation>{printer} के लिए libusb चाहिए, जो इस कंप्यूटर पर इंस्टॉल नहीं है</translation>
    </message>
    <message>
        <source>{printer} was not found: is it plugged in and switched on?</source>
        <translation>{printer} नहीं मिला: क्या यह प्लग इन और चालू है?</translation>
    </message>
    <message>
        <source>cannot reach {printer} ({error})</source>
        <translation>{printer} से संपर्क नहीं हो सका ({error})</translation>
    </message>
    <message>
        <source>cannot reach {printer}</source>
        <translation>{printer} से संपर्क नहीं हो सका</translation>
    </message>
    <message>
        <source>{printer} stopped taking data: is it out of paper or its cover open?</source>
        <translation>{printer} ने डेटा लेना बंद कर दिया: क्या कागज़ खत्म है या कवर खुला है?</translation>
    </message>
    <message>
        <source>{printer} stopped while printing ({error})</source>
        <translation>{printer} प्रिंट करते समय रुक गया ({error})</translation>
    </message>
    <message>
        <source>{printer} stopped while printing</source>
        <translation>{printer} प्रिंट करते समय रुक गया</translation>
    </message>
    <message>
        <source>the receipt printer must be one line of at most 300 characters</source>
        <translation>रसीद प्रिंटर ज़्यादा से ज़्यादा 300 अक्षरों की एक लाइन होना चाहिए</translation>
    </message>
    <message>
        <source>unknown receipt printer {text!r}: use tcp://HOST:9100, usb://VVVV:PPPP, serial://DEVICE, file://DEVICE, system://NAME, pdf://FOLDER or none</source>
        <translation>अनजान रसीद प्रिंटर {text!r}: tcp://HOST:9100, usb://VVVV:PPPP, serial://DEVICE, file://DEVICE, system://NAME, pdf://FOLDER या none इस्तेमाल करें</translation>
    </message>
    <message>
        <source>USB receipt printer {rest!r}: give vendor:product in hex, e.g. 04b8:0e15</source>
        <translation>USB रसीद प्रिंटर {rest!r}: hex में vendor:product दें, जैसे 04b8:0e15</translation>
    </message>
    <message>
        <source>the receipt {what} is missing, e.g. {hint}</source>
        <translation>रसीद का {what} नहीं दिया गया, जैसे {hint}</translation>
    </message>
    <message>
        <source>network receipt printer {text!r}: give a host name or IP address, e.g. tcp://192.168.1.50:9100</source>
        <translation>नेटवर्क रसीद प्रिंटर {text!r}: होस्ट नाम या IP पता दें, जैसे tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>network receipt printer port {port_text!r} must be 1 to 65535 (thermal printers listen on 9100)</source>
        <translation>नेटवर्क रसीद प्रिंटर का पोर्ट {port_text!r} 1 से 65535 होना चाहिए (थर्मल प्रिंटर 9100 पर सुनते हैं)</translation>
    </message>
    <message>
        <source>the receipt printer&apos;s serial port is missing, e.g. /dev/ttyUSB0</source>
        <translation>रसीद प्रिंटर का सीरियल पोर्ट नहीं दिया गया, जैसे /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>serial receipt printer: unknown option {key!r} (only baudrate)</source>
        <translation>सीरियल रसीद प्रिंटर: अनजान विकल्प {key!r} (सिर्फ़ baudrate)</translation>
    </message>
    <message>
        <source>serial receipt printer: baudrate {value!r} must be one of {choices}</source>
        <translation>सीरियल रसीद प्रिंटर: baudrate {value!r} इनमें से एक होना चाहिए: {choices}</translation>
    </message>
    <message>
        <source>no sale {session_id}</source>
        <translation>कोई बिक्री {session_id} नहीं</translation>
    </message>
    <message>
        <source>no refund {refund_id!r}</source>
        <translation>कोई रिफंड {refund_id!r} नहीं</translation>
    </message>
    <message>
        <source>refund {refund_id} is {state}: only a paid refund of a sale has a receipt</source>
        <translation>रिफंड {refund_id} {state} है: सिर्फ़ किसी बिक्री के चुकाए गए रिफंड की रसीद होती है</translation>
    </message>
    <message>
        <source>refund {refund_id} is {state} and belongs to no sale: only a paid refund of a sale has a receipt</source>
        <translation>रिफंड {refund_id} {state} है और किसी बिक्री का नहीं है: सिर्फ़ किसी बिक्री के चुकाए गए रिफंड की रसीद होती है</translation>
    </message>
    <message>
        <source>nothing was received for sale {session_id}, so it has no receipt</source>
        <translation>बिक्री {session_id} के लिए कुछ नहीं मिला, इसलिए इसकी कोई रसीद नहीं है</translation>
    </message>
    <message>
        <source>{what} must contain {field} once (where the transaction goes)</source>
        <translation>{what} में {field} एक बार होना चाहिए (जहाँ ट्रांज़ैक्शन आता है)</translation>
    </message>
    <message>
        <source>{what} must be an https:// address, got {text!r}</source>
        <translation>{what} https:// पता होना चाहिए, मिला {text!r}</translation>
    </message>
    <message>
        <source>{what} must be one address without spaces, at most 200 characters</source>
        <translation>{what} बिना स्पेस का एक ही पता होना चाहिए, ज़्यादा से ज़्यादा 200 अक्षर</translation>
    </message>
    <message>
        <source>the {name} must be text</source>
        <translation>{name} टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>the {name} must be at most {most_chars} characters</source>
        <translation>{name} ज़्यादा से ज़्यादा {most_chars} अक्षरों का होना चाहिए</translation>
    </message>
    <message>
        <source>the {name} must be at most {most_lines} line(s)</source>
        <translation>{name} ज़्यादा से ज़्यादा {most_lines} लाइन का होना चाहिए</translation>
    </message>
    <message>
        <source>the {name} has a control character</source>
        <translation>{name} में कंट्रोल अक्षर है</translation>
    </message>
    <message>
        <source>the receipt width must be 58 or 80 (mm)</source>
        <translation>रसीद की चौड़ाई 58 या 80 (mm) होनी चाहिए</translation>
    </message>
    <message>
        <source>automatic receipt printing must be off, ask or always</source>
        <translation>अपने-आप रसीद प्रिंट होना off, ask या always होना चाहिए</translation>
    </message>
    <message>
        <source>receipt copies must be a whole number from 1 to {limit}</source>
        <translation>रसीद की कॉपी 1 से {limit} तक की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>stored receipt settings are damaged</source>
        <translation>सहेजी गई रसीद सेटिंग खराब हैं</translation>
    </message>
    <message>
        <source>the reason must be text of at most {limit} characters</source>
        <translation>कारण ज़्यादा से ज़्यादा {limit} अक्षरों का टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>refund {session_id} is {state}: nothing to rebuild</source>
        <translation>रिफंड {session_id} {state} है: दोबारा बनाने को कुछ नहीं है</translation>
    </message>
    <message>
        <source>refund {session_id} changed meanwhile: look again</source>
        <translation>रिफंड {session_id} इस बीच बदल गया: फिर से देखें</translation>
    </message>
    <message>
        <source>refund {session_id} is {state}: only a waiting one can be cancelled</source>
        <translation>रिफंड {session_id} {state} है: सिर्फ़ प्रतीक्षा वाला रिफंड रद्द हो सकता है</translation>
    </message>
    <message>
        <source>no sale {ref}</source>
        <translation>कोई बिक्री {ref} नहीं</translation>
    </message>
    <message>
        <source>sale {ref} is still waiting for its payment: give back or cancel it first</source>
        <translation>बिक्री {ref} अभी भी अपने भुगतान की प्रतीक्षा में है: पहले इसे लौटाएँ या रद्द करें</translation>
    </message>
    <message>
        <source>sale {ref} received nothing: there is nothing to refund</source>
        <translation>बिक्री {ref} में कुछ नहीं मिला: रिफंड करने को कुछ नहीं है</translation>
    </message>
    <message>
        <source>no payment with operation id {ref}</source>
        <translation>operation id {ref} वाला कोई भुगतान नहीं</translation>
    </message>
    <message>
        <source>{ref!r} is neither a sale id (pay_…) nor a payment&apos;s operation id</source>
        <translation>{ref!r} न तो बिक्री id (pay_…) है, न किसी भुगतान का operation id</translation>
    </message>
    <message>
        <source>everything {ref} received ({received} USDC) is already refunded or waiting to be</source>
        <translation>{ref} में जो कुछ मिला ({received} USDC) वह पहले ही रिफंड हो चुका है या रिफंड की प्रतीक्षा में है</translation>
    </message>
    <message>
        <source>refund {error}</source>
        <translation>रिफंड {error}</translation>
    </message>
    <message>
        <source>{to} did not pay {ref}: a refund goes to its payer</source>
        <translation>{to} ने {ref} का भुगतान नहीं किया: रिफंड उसी को जाता है जिसने भुगतान किया</translation>
    </message>
    <message>
        <source>no stored payment of {ref} says who paid it</source>
        <translation>{ref} के किसी सहेजे गए भुगतान में नहीं लिखा कि भुगतान किसने किया</translation>
    </message>
    <message>
        <source>{ref} was paid from {count} accounts: choose one ({payers})</source>
        <translation>{ref} का भुगतान {count} खातों से हुआ: एक चुनें ({payers})</translation>
    </message>
    <message>
        <source>memo: {error}</source>
        <translation>मेमो: {error}</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} no longer exists: the refund would fail (op_no_destination)</source>
        <translation>भुगतानकर्ता का खाता {payer_account} अब मौजूद नहीं है: रिफंड विफल हो जाएगा (op_no_destination)</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} cannot hold the network&apos;s USDC (no trustline): the refund would fail (op_no_trust)</source>
        <translation>भुगतानकर्ता का खाता {payer_account} नेटवर्क का USDC नहीं रख सकता (ट्रस्टलाइन नहीं): रिफंड विफल हो जाएगा (op_no_trust)</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} requires a memo (SEP-29, an exchange): ask the customer for their deposit memo</source>
        <translation>भुगतानकर्ता के खाते {payer_account} के लिए मेमो ज़रूरी है (SEP-29, एक एक्सचेंज): ग्राहक से उनका डिपॉज़िट मेमो पूछें</translation>
    </message>
    <message>
        <source>the merchant account {merchant} does not exist</source>
        <translation>मर्चेंट खाता {merchant} मौजूद नहीं है</translation>
    </message>
    <message>
        <source>the merchant account holds {held} USDC, less than the refund of {amount}</source>
        <translation>मर्चेंट खाते में {held} USDC हैं, जो {amount} के रिफंड से कम है</translation>
    </message>
    <message>
        <source>a refund of {amount} USDC is more than the {remaining} USDC still refundable for {ref} (received {received}, already refunded or waiting {held})</source>
        <translation>{amount} USDC का रिफंड {ref} के लिए अभी रिफंड हो सकने वाले {remaining} USDC से ज़्यादा है (मिले {received}, पहले ही रिफंड या प्रतीक्षा में {held})</translation>
    </message>
    <message>
        <source>this payment belongs to sale {session_id}: refund the sale instead</source>
        <translation>यह भुगतान बिक्री {session_id} का है: इसकी जगह बिक्री को रिफंड करें</translation>
    </message>
    <message>
        <source>this payment is USDC of a foreign issuer (a fake): posapp never refunds it</source>
        <translation>यह भुगतान किसी बाहरी जारीकर्ता का USDC है (नकली): posapp इसे कभी रिफंड नहीं करता</translation>
    </message>
    <message>
        <source>a payment that is {status} cannot be refunded</source>
        <translation>{status} भुगतान रिफंड नहीं हो सकता</translation>
    </message>
    <message>
        <source>no item with SKU or barcode {code!r}</source>
        <translation>SKU या बारकोड {code!r} वाला कोई आइटम नहीं</translation>
    </message>
    <message>
        <source>{path} is larger than {limit_mb} MB</source>
        <translation>{path} {limit_mb} MB से बड़ी है</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path} पढ़ नहीं सकते: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>{path} लिख नहीं सकते: {error}</translation>
    </message>
    <message>
        <source>the sale is {status}: it can no longer be parked</source>
        <translation>बिक्री {status} है: अब इसे होल्ड नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>the sale is {status}: it can no longer be resumed</source>
        <translation>बिक्री {status} है: अब इसे दोबारा शुरू नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>unknown way to pay {method!r}: cash or card</source>
        <translation>भुगतान का अनजान तरीका {method!r}: नकद या कार्ड</translation>
    </message>
    <message>
        <source>the sale changed meanwhile: look at it again</source>
        <translation>इस बीच बिक्री बदल गई: इसे फिर से देखें</translation>
    </message>
    <message>
        <source>only a partly paid sale can be settled this way (this one is {state}, nothing received)</source>
        <translation>सिर्फ़ आंशिक भुगतान वाली बिक्री का इस तरह निपटारा हो सकता है (यह {state} है, कुछ नहीं मिला)</translation>
    </message>
    <message>
        <source>only a partly paid sale can be settled this way (this one is {state})</source>
        <translation>सिर्फ़ आंशिक भुगतान वाली बिक्री का इस तरह निपटारा हो सकता है (यह {state} है)</translation>
    </message>
    <message>
        <source>the sale kept changing while attaching; try again</source>
        <translation>जोड़ते समय बिक्री बदलती रही; फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>no fresh {currency} rate yet from {source}: wait a moment</source>
        <translation>{source} से अभी {currency} की ताज़ा दर नहीं मिली: थोड़ा इंतज़ार करें</translation>
    </message>
    <message>
        <source>the cart&apos;s total must be greater than zero</source>
        <translation>कार्ट का कुल शून्य से ज़्यादा होना चाहिए</translation>
    </message>
    <message>
        <source>a {status} session cannot be cancelled</source>
        <translation>{status} सेशन रद्द नहीं हो सकता</translation>
    </message>
    <message>
        <source>the session changed meanwhile; it was not cancelled</source>
        <translation>इस बीच सेशन बदल गया; यह रद्द नहीं हुआ</translation>
    </message>
    <message>
        <source>The account {account} does not exist on this network yet: send it a few XLM (at least 2) from a wallet or an exchange to create it, then add a USDC trustline.</source>
        <translation>खाता {account} अभी इस नेटवर्क पर मौजूद नहीं है: इसे बनाने के लिए किसी वॉलेट या एक्सचेंज से इसमें कुछ XLM (कम से कम 2) भेजें, फिर USDC ट्रस्टलाइन जोड़ें।</translation>
    </message>
    <message>
        <source>data dir {path} is not writable: {reason}</source>
        <translation>डेटा फ़ोल्डर {path} में लिखा नहीं जा सकता: {reason}</translation>
    </message>
    <message>
        <source>this shop is already set up: an admin must sign in</source>
        <translation>यह दुकान पहले से सेट अप है: किसी एडमिन को साइन इन करना होगा</translation>
    </message>
    <message>
        <source>the rate {text!r} is ambiguous: write {whole}.{fraction} or {whole}{fraction}</source>
        <translation>दर {text!r} स्पष्ट नहीं है: {whole}.{fraction} या {whole}{fraction} लिखें</translation>
    </message>
    <message>
        <source>choose a rate: --rate 84.10 (fixed) or --rate-source coingecko</source>
        <translation>दर चुनें: --rate 84.10 (तय) या --rate-source coingecko</translation>
    </message>
    <message>
        <source>{what} must be a number</source>
        <translation>{what} संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}</source>
        <translation>{what} {low} और {high} के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>session expiry must be between 1 minute and 24 hours</source>
        <translation>सेशन की समय सीमा 1 मिनट से 24 घंटे के बीच होनी चाहिए</translation>
    </message>
    <message>
        <source>shop name must be 1 to 80 characters</source>
        <translation>दुकान का नाम 1 से 80 अक्षरों का होना चाहिए</translation>
    </message>
    <message>
        <source>terminal name must be 1 to 64 characters</source>
        <translation>टर्मिनल का नाम 1 से 64 अक्षरों का होना चाहिए</translation>
    </message>
    <message>
        <source>tax mode must be inclusive or exclusive</source>
        <translation>टैक्स मोड inclusive या exclusive होना चाहिए</translation>
    </message>
    <message>
        <source>tip choices: give 1 to 6 percentages, e.g. 10, 15, 20</source>
        <translation>टिप के विकल्प: 1 से 6 प्रतिशत दें, जैसे 10, 15, 20</translation>
    </message>
    <message>
        <source>tip choices must be different percentages above 0</source>
        <translation>टिप के विकल्प 0 से ज़्यादा और अलग-अलग प्रतिशत होने चाहिए</translation>
    </message>
    <message>
        <source>provisioning file {path} does not exist</source>
        <translation>प्रोविज़निंग फ़ाइल {path} मौजूद नहीं है</translation>
    </message>
    <message>
        <source>{path}: cannot read ({error})</source>
        <translation>{path}: पढ़ नहीं सकते ({error})</translation>
    </message>
    <message>
        <source>{name}: larger than {limit_kb} KB; is it the right file?</source>
        <translation>{name}: {limit_kb} KB से बड़ी है; क्या यह सही फ़ाइल है?</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: UTF-8 टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>{name}: not valid TOML ({error})</source>
        <translation>{name}: सही TOML नहीं है ({error})</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>unknown key {key!r} (known: {keys})</source>
        <translation>अनजान key {key!r} (ज्ञात: {keys})</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>{key} नहीं दिया गया</translation>
    </message>
    <message>
        <source>the [rates] table is missing (mode = &apos;fixed&apos; or &apos;http&apos;)</source>
        <translation>[rates] टेबल नहीं दी गई (mode = &apos;fixed&apos; या &apos;http&apos;)</translation>
    </message>
    <message>
        <source>{key}: {error}</source>
        <translation>{key}: {error}</translation>
    </message>
    <message>
        <source>{dotted}: secrets never go in the provisioning file (it is read by anyone who can read the app&apos;s folder); remove the key</source>
        <translation>{dotted}: सीक्रेट कभी प्रोविज़निंग फ़ाइल में नहीं डाले जाते (ऐप का फ़ोल्डर पढ़ सकने वाला कोई भी इसे पढ़ सकता है); यह key हटाएँ</translation>
    </message>
    <message>
        <source>{where}: that looks like a secret key (S…): never enter a secret key anywhere. posapp never needs it; it only watches your public G… address. If you think someone saw it, move your funds to a new account</source>
        <translation>{where}: यह सीक्रेट कुंजी (S…) जैसी लगती है: सीक्रेट कुंजी कभी कहीं न डालें। posapp को इसकी कभी ज़रूरत नहीं होती; यह सिर्फ़ आपके पब्लिक G… पते पर नज़र रखता है। अगर आपको लगता है कि किसी ने इसे देख लिया है, तो अपने पैसे किसी नए खाते में भेज दें</translation>
    </message>
    <message>
        <source>{where}: that is a webhook signing secret; it never goes in the provisioning file (posapp makes one and keeps it in the OS keyring)</source>
        <translation>{where}: यह वेबहुक साइनिंग सीक्रेट है; यह कभी प्रोविज़निंग फ़ाइल में नहीं जाता (posapp खुद इसे बनाता है और OS कीरिंग में रखता है)</translation>
    </message>
    <message>
        <source>{key} must be text in quotes</source>
        <translation>{key} उद्धरण चिह्नों में टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>{key} is empty</source>
        <translation>{key} खाली है</translation>
    </message>
    <message>
        <source>{key} must be a number, e.g. 84.10</source>
        <translation>{key} संख्या होनी चाहिए, जैसे 84.10</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} true या false होना चाहिए</translation>
    </message>
    <message>
        <source>{key} must be a list of percentages, e.g. [10, 15, 20]</source>
        <translation>{key} प्रतिशत की सूची होनी चाहिए, जैसे [10, 15, 20]</translation>
    </message>
    <message>
        <source>{key} must be a whole number</source>
        <translation>{key} पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>receipt must be a table: [receipt]</source>
        <translation>receipt एक टेबल होनी चाहिए: [receipt]</translation>
    </message>
    <message>
        <source>unknown key &apos;receipt.{key}&apos; (known: {keys})</source>
        <translation>अनजान key &apos;receipt.{key}&apos; (ज्ञात: {keys})</translation>
    </message>
    <message>
        <source>unknown key &apos;rates.{key}&apos; (known: {keys})</source>
        <translation>अनजान key &apos;rates.{key}&apos; (ज्ञात: {keys})</translation>
    </message>
    <message>
        <source>rates.source is for mode = &apos;http&apos;; remove it or change the mode</source>
        <translation>rates.source सिर्फ़ mode = &apos;http&apos; के लिए है; इसे हटाएँ या mode बदलें</translation>
    </message>
    <message>
        <source>rates.fixed_rate is missing (units of the currency per 1 USDC)</source>
        <translation>rates.fixed_rate नहीं दिया गया (1 USDC के बदले मुद्रा की इकाइयाँ)</translation>
    </message>
    <message>
        <source>rates.fixed_rate is for mode = &apos;fixed&apos;; remove it or change mode</source>
        <translation>rates.fixed_rate सिर्फ़ mode = &apos;fixed&apos; के लिए है; इसे हटाएँ या mode बदलें</translation>
    </message>
    <message>
        <source>rates.source is missing: &apos;coingecko&apos; or an https base URL</source>
        <translation>rates.source नहीं दिया गया: &apos;coingecko&apos; या कोई https बेस URL</translation>
    </message>
    <message>
        <source>rates.mode must be &apos;fixed&apos; or &apos;http&apos;</source>
        <translation>rates.mode &apos;fixed&apos; या &apos;http&apos; होना चाहिए</translation>
    </message>
    <message>
        <source>database_url is not a database URL (e.g. postgresql://posapp@db.example/posapp)</source>
        <translation>database_url डेटाबेस URL नहीं है (जैसे postgresql://posapp@db.example/posapp)</translation>
    </message>
    <message>
        <source>database_url contains a password; remove it from the file and keep it in the OS keyring or ~/.pgpass (postgresql://USER@HOST/DB)</source>
        <translation>database_url में पासवर्ड है; इसे फ़ाइल से हटाकर OS कीरिंग या ~/.pgpass में रखें (postgresql://USER@HOST/DB)</translation>
    </message>
    <message>
        <source>database_url has a password parameter; use ~/.pgpass instead</source>
        <translation>database_url में password पैरामीटर है; इसकी जगह ~/.pgpass इस्तेमाल करें</translation>
    </message>
    <message>
        <source>the API key header must be a name like x-cg-demo-api-key</source>
        <translation>API कुंजी हेडर x-cg-demo-api-key जैसा नाम होना चाहिए</translation>
    </message>
    <message>
        <source>the API key must be 1 to {limit} printable characters</source>
        <translation>API कुंजी 1 से {limit} प्रिंट होने योग्य अक्षरों की होनी चाहिए</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: {problem}; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>दर की API कुंजी रखी नहीं जा सकती: {problem}; कोई Secret Service (जैसे gnome-keyring या KWallet) इंस्टॉल करके अनलॉक करें, या `posapp webhooks secret --file-store` से फ़ाइल स्टोर चुनें</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: the OS keyring is locked; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>दर की API कुंजी रखी नहीं जा सकती: OS कीरिंग लॉक है; कोई Secret Service (जैसे gnome-keyring या KWallet) इंस्टॉल करके अनलॉक करें, या `posapp webhooks secret --file-store` से फ़ाइल स्टोर चुनें</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: keyring error ({error}); install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>दर की API कुंजी रखी नहीं जा सकती: कीरिंग त्रुटि ({error}); कोई Secret Service (जैसे gnome-keyring या KWallet) इंस्टॉल करके अनलॉक करें, या `posapp webhooks secret --file-store` से फ़ाइल स्टोर चुनें</translation>
    </message>
    <message>
        <source>the idle lock must be a whole number of minutes</source>
        <translation>निष्क्रिय लॉक मिनटों की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>the idle lock must be 0 (never) to {limit} min</source>
        <translation>निष्क्रिय लॉक 0 (कभी नहीं) से {limit} मिनट तक होना चाहिए</translation>
    </message>
    <message>
        <source>not a database URL</source>
        <translation>डेटाबेस URL नहीं है</translation>
    </message>
    <message>
        <source>only a PostgreSQL database has a password to store</source>
        <translation>सिर्फ़ PostgreSQL डेटाबेस का पासवर्ड सहेजा जाता है</translation>
    </message>
    <message>
        <source>leave the password out of the URL; it is asked for instead</source>
        <translation>पासवर्ड URL में न डालें; वह अलग से पूछा जाता है</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>पासवर्ड खाली है</translation>
    </message>
    <message>
        <source>the OS keyring could not store the password ({error}); use ~/.pgpass instead</source>
        <translation>OS कीरिंग पासवर्ड सहेज नहीं सकी ({error}); इसकी जगह ~/.pgpass इस्तेमाल करें</translation>
    </message>
    <message>
        <source>someone else (an owner or admin) must approve this</source>
        <translation>इसकी मंज़ूरी किसी और (मालिक या एडमिन) को देनी होगी</translation>
    </message>
    <message>
        <source>{user} is {role} and cannot approve {action}: ask an owner or admin</source>
        <translation>{user} {role} हैं और इसकी मंज़ूरी नहीं दे सकते: {action}; किसी मालिक या एडमिन से पूछें</translation>
    </message>
    <message>
        <source>a password has at most {password_max_bytes} bytes: that entry is too long</source>
        <translation>पासवर्ड ज़्यादा से ज़्यादा {password_max_bytes} बाइट का होता है: यह बहुत लंबा है</translation>
    </message>
    <message>
        <source>wrong name or PIN</source>
        <translation>गलत नाम या PIN</translation>
    </message>
    <message>
        <source>{user} is disabled: ask an admin</source>
        <translation>{user} बंद है: किसी एडमिन से पूछें</translation>
    </message>
    <message>
        <source>{user} is locked after too many wrong attempts: try again in {delay}, or ask an admin to unlock</source>
        <translation>{user} बहुत बार गलत कोशिश के बाद लॉक है: {delay} बाद फिर कोशिश करें, या किसी एडमिन से अनलॉक करवाएँ</translation>
    </message>
    <message>
        <source>wrong PIN: {user} is now locked for {delay} after {failures} wrong attempts</source>
        <translation>गलत PIN: {failures} गलत कोशिशों के बाद {user} अब {delay} के लिए लॉक है</translation>
    </message>
    <message>
        <source>wrong PIN or password: 1 try left before a lock</source>
        <translation>गलत PIN या पासवर्ड: लॉक होने से पहले 1 कोशिश बाकी है</translation>
    </message>
    <message>
        <source>wrong PIN or password: {left} tries left before a lock</source>
        <translation>गलत PIN या पासवर्ड: लॉक होने से पहले {left} कोशिशें बाकी हैं</translation>
    </message>
    <message>
        <source>a PIN or password must be text</source>
        <translation>PIN या पासवर्ड टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>enter a PIN (4 to 8 digits) or a password (8 to 72 bytes)</source>
        <translation>PIN (4 से 8 अंक) या पासवर्ड (8 से 72 बाइट) डालें</translation>
    </message>
    <message>
        <source>a PIN needs {pin_min_digits} to {pin_max_digits} digits; this one has {length}</source>
        <translation>PIN में {pin_min_digits} से {pin_max_digits} अंक होने चाहिए; इसमें {length} हैं</translation>
    </message>
    <message>
        <source>that PIN is too easy to guess (one digit repeated, or a run like 4-5-6-7): pick another</source>
        <translation>यह PIN आसानी से अंदाज़ा लगाया जा सकता है (एक ही अंक बार-बार, या 4-5-6-7 जैसा क्रम): कोई दूसरा चुनें</translation>
    </message>
    <message>
        <source>a password cannot contain control characters</source>
        <translation>पासवर्ड में कंट्रोल अक्षर नहीं हो सकते</translation>
    </message>
    <message>
        <source>a password cannot be only spaces</source>
        <translation>पासवर्ड सिर्फ़ स्पेस का नहीं हो सकता</translation>
    </message>
    <message>
        <source>that password is too long: {size} bytes, at most {password_max_bytes} (letters outside A–Z can take 2–4 bytes each)</source>
        <translation>यह पासवर्ड बहुत लंबा है: {size} बाइट, ज़्यादा से ज़्यादा {password_max_bytes} (A–Z के बाहर के अक्षर 2–4 बाइट तक ले सकते हैं)</translation>
    </message>
    <message>
        <source>a password needs at least {password_min_bytes} characters (or use a PIN of {pin_min_digits} to {pin_max_digits} digits)</source>
        <translation>पासवर्ड में कम से कम {password_min_bytes} अक्षर चाहिए (या {pin_min_digits} से {pin_max_digits} अंकों का PIN इस्तेमाल करें)</translation>
    </message>
    <message>
        <source>the two entries differ: type the same PIN or password twice</source>
        <translation>दोनों बार अलग-अलग डाला गया: एक ही PIN या पासवर्ड दो बार टाइप करें</translation>
    </message>
    <message>
        <source>a user name must be text</source>
        <translation>यूज़र का नाम टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>enter a name</source>
        <translation>नाम डालें</translation>
    </message>
    <message>
        <source>a name has at most {limit} characters</source>
        <translation>नाम में ज़्यादा से ज़्यादा {limit} अक्षर हो सकते हैं</translation>
    </message>
    <message>
        <source>a name cannot contain control characters</source>
        <translation>नाम में कंट्रोल अक्षर नहीं हो सकते</translation>
    </message>
    <message>
        <source>a name needs at least one letter</source>
        <translation>नाम में कम से कम एक अक्षर चाहिए</translation>
    </message>
    <message>
        <source>unknown role {text!r}: use {roles}</source>
        <translation>अनजान भूमिका {text!r}: {roles} इस्तेमाल करें</translation>
    </message>
    <message>
        <source>no user named {name!r}</source>
        <translation>{name!r} नाम का कोई यूज़र नहीं</translation>
    </message>
    <message>
        <source>an administrator already exists: sign in as one to add users</source>
        <translation>एक एडमिन पहले से है: यूज़र जोड़ने के लिए एडमिन के रूप में साइन इन करें</translation>
    </message>
    <message>
        <source>a user named {name!r} already exists</source>
        <translation>{name!r} नाम का यूज़र पहले से है</translation>
    </message>
    <message>
        <source>an administrator already exists</source>
        <translation>एक एडमिन पहले से है</translation>
    </message>
    <message>
        <source>you cannot disable yourself: ask another admin</source>
        <translation>आप खुद को बंद नहीं कर सकते: किसी दूसरे एडमिन से कहें</translation>
    </message>
    <message>
        <source>cannot {what} the last administrator: add another admin first</source>
        <translation>आखिरी एडमिन के साथ यह नहीं हो सकता: {what}; पहले कोई दूसरा एडमिन जोड़ें</translation>
    </message>
    <message>
        <source>the account must be a G… address</source>
        <translation>खाता G… पता होना चाहिए</translation>
    </message>
    <message>
        <source>that is a secret key: posapp only needs the public G… address</source>
        <translation>यह सीक्रेट कुंजी है: posapp को सिर्फ़ पब्लिक G… पता चाहिए</translation>
    </message>
    <message>
        <source>{account!r} is not a valid Stellar G… address</source>
        <translation>{account!r} सही Stellar G… पता नहीं है</translation>
    </message>
    <message>
        <source>cannot reach Horizon at {horizon_url} ({error})</source>
        <translation>{horizon_url} पर Horizon से संपर्क नहीं हो सका ({error})</translation>
    </message>
    <message>
        <source>Horizon could not look the account up (HTTP {status})</source>
        <translation>Horizon खाता नहीं खोज सका (HTTP {status})</translation>
    </message>
    <message>
        <source>Horizon sent an account that is not JSON</source>
        <translation>Horizon ने ऐसा खाता भेजा जो JSON नहीं है</translation>
    </message>
    <message>
        <source>Horizon sent an account that is not a JSON object</source>
        <translation>Horizon ने ऐसा खाता भेजा जो JSON object नहीं है</translation>
    </message>
    <message>
        <source>Horizon sent an account without a balances list</source>
        <translation>Horizon ने balances सूची के बिना खाता भेजा</translation>
    </message>
    <message>
        <source>Horizon sent a balance {key} that is not a string</source>
        <translation>Horizon ने बैलेंस {key} भेजा जो string नहीं है</translation>
    </message>
    <message>
        <source>Horizon sent a balance {key} that is not a number</source>
        <translation>Horizon ने बैलेंस {key} भेजा जो संख्या नहीं है</translation>
    </message>
    <message>
        <source>the merchant account must be text</source>
        <translation>मर्चेंट खाता टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>the merchant account is empty: enter the shop&apos;s public G… address</source>
        <translation>मर्चेंट खाता खाली है: दुकान का पब्लिक G… पता डालें</translation>
    </message>
    <message>
        <source>that looks like a secret key (S…): never enter a secret key anywhere. posapp never needs it; it only watches your public G… address. If you think someone saw it, move your funds to a new account</source>
        <translation>यह सीक्रेट कुंजी (S…) जैसी लगती है: सीक्रेट कुंजी कभी कहीं न डालें। posapp को इसकी कभी ज़रूरत नहीं होती; यह सिर्फ़ आपके पब्लिक G… पते पर नज़र रखता है। अगर आपको लगता है कि किसी ने इसे देख लिया है, तो अपने पैसे किसी नए खाते में भेज दें</translation>
    </message>
    <message>
        <source>that is a muxed M… address: the merchant account must be the base G… account (posapp gives each payment its own muxed id)</source>
        <translation>यह muxed M… पता है: मर्चेंट खाता मूल G… खाता होना चाहिए (posapp हर भुगतान को उसकी अपनी muxed id देता है)</translation>
    </message>
    <message>
        <source>that is a contract C… address: the merchant account must be a G… account</source>
        <translation>यह contract C… पता है: मर्चेंट खाता G… खाता होना चाहिए</translation>
    </message>
    <message>
        <source>a Stellar account address starts with G</source>
        <translation>Stellar खाते का पता G से शुरू होता है</translation>
    </message>
    <message>
        <source>wrong length: a Stellar account address has {expected} characters, this has {length}</source>
        <translation>गलत लंबाई: Stellar खाते के पते में {expected} अक्षर होते हैं, इसमें {length} हैं</translation>
    </message>
    <message>
        <source>invalid characters: a Stellar address has only letters A–Z and digits 2–7</source>
        <translation>गलत अक्षर: Stellar पते में सिर्फ़ A–Z अक्षर और 2–7 अंक होते हैं</translation>
    </message>
    <message>
        <source>bad checksum: the address has a typo, copy it again</source>
        <translation>checksum गलत: पते में टाइपिंग की गलती है, इसे फिर से कॉपी करें</translation>
    </message>
    <message>
        <source>Horizon sent a payments page that is not JSON</source>
        <translation>Horizon ने भुगतानों का ऐसा पेज भेजा जो JSON नहीं है</translation>
    </message>
    <message>
        <source>Horizon sent a payments page without _embedded.records</source>
        <translation>Horizon ने _embedded.records के बिना भुगतानों का पेज भेजा</translation>
    </message>
    <message>
        <source>Horizon&apos;s newest payment record has no usable paging_token</source>
        <translation>Horizon के सबसे नए भुगतान रिकॉर्ड में इस्तेमाल योग्य paging_token नहीं है</translation>
    </message>
    <message>
        <source>Horizon returned a full page with nothing after the cursor</source>
        <translation>Horizon ने पूरा पेज लौटाया, पर cursor के बाद कुछ नहीं</translation>
    </message>
    <message>
        <source>Horizon stream error: {data}</source>
        <translation>Horizon स्ट्रीम त्रुटि: {data}</translation>
    </message>
    <message>
        <source>Horizon accepted the stream but sent {silence}</source>
        <translation>Horizon ने स्ट्रीम स्वीकार की, पर भेजा: {silence}</translation>
    </message>
    <message>
        <source>Horizon did not answer the stream request</source>
        <translation>Horizon ने स्ट्रीम अनुरोध का जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>Horizon ended the stream without saying goodbye</source>
        <translation>Horizon ने बिना बताए स्ट्रीम बंद कर दी</translation>
    </message>
    <message>
        <source>Horizon knows no account {account} (HTTP 404): check the address and the network, or fund the account with XLM: {title}</source>
        <translation>Horizon को खाता {account} नहीं मिला (HTTP 404): पता और नेटवर्क जाँचें, या खाते में XLM डालें: {title}</translation>
    </message>
    <message>
        <source>Horizon knows no account {account} (HTTP 404): check the address and the network, or fund the account with XLM</source>
        <translation>Horizon को खाता {account} नहीं मिला (HTTP 404): पता और नेटवर्क जाँचें, या खाते में XLM डालें</translation>
    </message>
    <message>
        <source>Horizon is rate-limiting this app (HTTP 429): {title}</source>
        <translation>Horizon इस ऐप के अनुरोध सीमित कर रहा है (HTTP 429): {title}</translation>
    </message>
    <message>
        <source>Horizon is rate-limiting this app (HTTP 429)</source>
        <translation>Horizon इस ऐप के अनुरोध सीमित कर रहा है (HTTP 429)</translation>
    </message>
    <message>
        <source>Horizon is unavailable (HTTP {status}): {title}</source>
        <translation>Horizon उपलब्ध नहीं है (HTTP {status}): {title}</translation>
    </message>
    <message>
        <source>Horizon is unavailable (HTTP {status})</source>
        <translation>Horizon उपलब्ध नहीं है (HTTP {status})</translation>
    </message>
    <message>
        <source>Horizon refused the request (HTTP {status}): {title}</source>
        <translation>Horizon ने अनुरोध अस्वीकार किया (HTTP {status}): {title}</translation>
    </message>
    <message>
        <source>Horizon refused the request (HTTP {status})</source>
        <translation>Horizon ने अनुरोध अस्वीकार किया (HTTP {status})</translation>
    </message>
    <message>
        <source>cannot connect to Horizon at {url}</source>
        <translation>{url} पर Horizon से कनेक्ट नहीं हो सका</translation>
    </message>
    <message>
        <source>timed out connecting to Horizon at {url}</source>
        <translation>{url} पर Horizon से कनेक्ट करते समय समय सीमा खत्म हो गई</translation>
    </message>
    <message>
        <source>timed out reading from Horizon at {url}</source>
        <translation>{url} पर Horizon से पढ़ते समय समय सीमा खत्म हो गई</translation>
    </message>
    <message>
        <source>connection broken by Horizon at {url}</source>
        <translation>{url} पर Horizon ने कनेक्शन तोड़ दिया</translation>
    </message>
    <message>
        <source>network error talking to Horizon at {url}: {error}</source>
        <translation>{url} पर Horizon से बात करते समय नेटवर्क त्रुटि: {error}</translation>
    </message>
    <message>
        <source>unknown network {name!r}: use testnet or public</source>
        <translation>अनजान नेटवर्क {name!r}: testnet या public इस्तेमाल करें</translation>
    </message>
    <message>
        <source>nothing to put in the QR code</source>
        <translation>QR कोड में डालने को कुछ नहीं है</translation>
    </message>
    <message>
        <source>{size} characters are too many for a scannable QR code; shorten the message</source>
        <translation>स्कैन हो सकने वाले QR कोड के लिए {size} अक्षर बहुत ज़्यादा हैं; संदेश छोटा करें</translation>
    </message>
    <message>
        <source>the QR scale must be a whole number of pixels, at least 1</source>
        <translation>QR स्केल पिक्सेल की पूर्ण संख्या होनी चाहिए, कम से कम 1</translation>
    </message>
    <message>
        <source>Horizon sent an account without a sequence number</source>
        <translation>Horizon ने sequence number के बिना खाता भेजा</translation>
    </message>
    <message>
        <source>Horizon sent fee statistics posapp cannot read</source>
        <translation>Horizon ने ऐसे फ़ीस आँकड़े भेजे जो posapp पढ़ नहीं सकता</translation>
    </message>
    <message>
        <source>cannot reach Horizon at {url} ({error}): try again</source>
        <translation>{url} पर Horizon से संपर्क नहीं हो सका ({error}): फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Horizon answered HTTP {status} for {path}</source>
        <translation>Horizon ने {path} के लिए HTTP {status} जवाब दिया</translation>
    </message>
    <message>
        <source>Horizon sent something that is not JSON for {path}</source>
        <translation>Horizon ने {path} के लिए कुछ ऐसा भेजा जो JSON नहीं है</translation>
    </message>
    <message>
        <source>Horizon sent something that is not a JSON object for {path}</source>
        <translation>Horizon ने {path} के लिए कुछ ऐसा भेजा जो JSON object नहीं है</translation>
    </message>
    <message>
        <source>Horizon sent a {what} that is not a string</source>
        <translation>Horizon ने {what} भेजा जो string नहीं है</translation>
    </message>
    <message>
        <source>Horizon sent a {what} that is not a number</source>
        <translation>Horizon ने {what} भेजा जो संख्या नहीं है</translation>
    </message>
    <message>
        <source>a text memo holds at most 28 bytes</source>
        <translation>टेक्स्ट मेमो में ज़्यादा से ज़्यादा 28 बाइट आते हैं</translation>
    </message>
    <message>
        <source>an id memo is a whole number below 2^64</source>
        <translation>id मेमो 2^64 से छोटी पूर्ण संख्या होता है</translation>
    </message>
    <message>
        <source>memo type {memo_type!r} is not text or id</source>
        <translation>मेमो का प्रकार {memo_type!r} text या id नहीं है</translation>
    </message>
    <message>
        <source>{address!r} is not a Stellar G… or M… address</source>
        <translation>{address!r} Stellar G… या M… पता नहीं है</translation>
    </message>
    <message>
        <source>the payment memo is empty</source>
        <translation>भुगतान मेमो खाली है</translation>
    </message>
    <message>
        <source>the payment memo is not valid text</source>
        <translation>भुगतान मेमो सही टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>the payment memo is {size} bytes; a Stellar text memo holds {limit}</source>
        <translation>भुगतान मेमो {size} बाइट का है; Stellar टेक्स्ट मेमो में {limit} आते हैं</translation>
    </message>
    <message>
        <source>the payment destination must be a valid G… account</source>
        <translation>भुगतान पाने वाला सही G… खाता होना चाहिए</translation>
    </message>
    <message>
        <source>the asset issuer must be a valid G… account</source>
        <translation>एसेट जारीकर्ता सही G… खाता होना चाहिए</translation>
    </message>
    <message>
        <source>the asset code must be 1–12 letters or digits</source>
        <translation>एसेट कोड 1–12 अक्षरों या अंकों का होना चाहिए</translation>
    </message>
    <message>
        <source>the payment message is not valid text</source>
        <translation>भुगतान संदेश सही टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>a SEP-7 URI must be text</source>
        <translation>SEP-7 URI टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>not a usable SEP-7 pay URI: {error}</source>
        <translation>इस्तेमाल योग्य SEP-7 pay URI नहीं है: {error}</translation>
    </message>
    <message>
        <source>the SEP-7 destination is not a valid G… or M… account</source>
        <translation>SEP-7 पाने वाला सही G… या M… खाता नहीं है</translation>
    </message>
    <message>
        <source>not a database URL: {url!r}</source>
        <translation>डेटाबेस URL नहीं है: {url!r}</translation>
    </message>
    <message>
        <source>unsupported database {drivername!r}: use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB</source>
        <translation>असमर्थित डेटाबेस {drivername!r}: sqlite:///FILE या postgresql+psycopg://USER@HOST/DB इस्तेमाल करें</translation>
    </message>
    <message>
        <source>cannot open the database {url}: {error}</source>
        <translation>डेटाबेस {url} खुल नहीं सका: {error}</translation>
    </message>
    <message>
        <source>no webhook event {event_id}</source>
        <translation>कोई वेबहुक इवेंट {event_id} नहीं</translation>
    </message>
    <message>
        <source>unknown webhook status {status!r} (one of {statuses})</source>
        <translation>अनजान वेबहुक स्थिति {status!r} (इनमें से एक: {statuses})</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} संख्या नहीं है</translation>
    </message>
    <message>
        <source>No receipt printer is set up: an admin chooses one in Settings → Receipts. You can save the receipt as a PDF meanwhile.</source>
        <translation>कोई रसीद प्रिंटर सेट अप नहीं है: एडमिन इसे सेटिंग → रसीदें में चुनते हैं। तब तक आप रसीद PDF में सहेज सकते हैं।</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({reason})</source>
        <translation>फ़ोल्डर {folder} नहीं बन सका ({reason})</translation>
    </message>
    <message>
        <source>cannot write the PDF {path}: is the folder writable?</source>
        <translation>PDF {path} लिखी नहीं जा सकी: क्या फ़ोल्डर में लिखने की अनुमति है?</translation>
    </message>
    <message>
        <source>cannot write the PDF {path}</source>
        <translation>PDF {path} लिखी नहीं जा सकी</translation>
    </message>
    <message>
        <source>no printer named {name} on this computer (printers: {names})</source>
        <translation>इस कंप्यूटर पर {name} नाम का कोई प्रिंटर नहीं (प्रिंटर: {names})</translation>
    </message>
    <message>
        <source>no printer named {name} on this computer (printers: none)</source>
        <translation>इस कंप्यूटर पर {name} नाम का कोई प्रिंटर नहीं (प्रिंटर: कोई नहीं)</translation>
    </message>
    <message>
        <source>no default printer on this computer (printers: {names})</source>
        <translation>इस कंप्यूटर पर कोई डिफ़ॉल्ट प्रिंटर नहीं (प्रिंटर: {names})</translation>
    </message>
    <message>
        <source>no default printer on this computer (printers: none)</source>
        <translation>इस कंप्यूटर पर कोई डिफ़ॉल्ट प्रिंटर नहीं (प्रिंटर: कोई नहीं)</translation>
    </message>
    <message>
        <source>the printer {name} did not accept the receipt</source>
        <translation>प्रिंटर {name} ने रसीद स्वीकार नहीं की</translation>
    </message>
    <message>
        <source>the printer {name} reported an error</source>
        <translation>प्रिंटर {name} ने त्रुटि बताई</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds from 3 to 3600</source>
        <translation>{variable} 3 से 3600 सेकंड के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>the stored webhook secret is unreadable; set a new one</source>
        <translation>सहेजा गया वेबहुक सीक्रेट पढ़ा नहीं जा सकता; नया सेट करें</translation>
    </message>
    <message>
        <source>webhook secret is shorter than {minimum} bytes</source>
        <translation>वेबहुक सीक्रेट {minimum} बाइट से छोटा है</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: {problem}; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>वेबहुक सीक्रेट रखा नहीं जा सकता: {problem}; कोई Secret Service (जैसे gnome-keyring या KWallet) इंस्टॉल करके अनलॉक करें, या `posapp webhooks secret --file-store` से फ़ाइल स्टोर चुनें</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: the OS keyring is locked; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>वेबहुक सीक्रेट रखा नहीं जा सकता: OS कीरिंग लॉक है; कोई Secret Service (जैसे gnome-keyring या KWallet) इंस्टॉल करके अनलॉक करें, या `posapp webhooks secret --file-store` से फ़ाइल स्टोर चुनें</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: keyring error ({error}); install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>वेबहुक सीक्रेट रखा नहीं जा सकता: कीरिंग त्रुटि ({error}); कोई Secret Service (जैसे gnome-keyring या KWallet) इंस्टॉल करके अनलॉक करें, या `posapp webhooks secret --file-store` से फ़ाइल स्टोर चुनें</translation>
    </message>
    <message>
        <source>webhook secret is not valid base64 (expected whsec_…)</source>
        <translation>वेबहुक सीक्रेट सही base64 नहीं है (whsec_… अपेक्षित)</translation>
    </message>
    <message>
        <source>webhook secret must be text</source>
        <translation>वेबहुक सीक्रेट टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>webhook secret is empty</source>
        <translation>वेबहुक सीक्रेट खाली है</translation>
    </message>
    <message>
        <source>no webhook secret to sign with</source>
        <translation>साइन करने के लिए कोई वेबहुक सीक्रेट नहीं</translation>
    </message>
    <message>
        <source>no webhook secret to verify with</source>
        <translation>जाँचने के लिए कोई वेबहुक सीक्रेट नहीं</translation>
    </message>
    <message>
        <source>missing webhook-id, webhook-timestamp or webhook-signature</source>
        <translation>webhook-id, webhook-timestamp या webhook-signature नहीं है</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a number</source>
        <translation>webhook-timestamp संख्या नहीं है</translation>
    </message>
    <message>
        <source>webhook timestamp too old</source>
        <translation>वेबहुक timestamp बहुत पुराना है</translation>
    </message>
    <message>
        <source>webhook timestamp too new</source>
        <translation>वेबहुक timestamp बहुत नया है</translation>
    </message>
    <message>
        <source>no matching webhook signature</source>
        <translation>कोई मेल खाता वेबहुक सिग्नेचर नहीं</translation>
    </message>
    <message>
        <source>Cannot reach the server (no answer in time).</source>
        <translation>सर्वर से संपर्क नहीं हो सका (समय पर जवाब नहीं मिला)।</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>सर्वर से संपर्क नहीं हो सका।</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>सर्वर ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>सर्वर ने अनुरोध अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>सर्वर से कनेक्शन विफल हो गया।</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation>अज्ञात समय क्षेत्र {name!r}</translation>
    </message>
</context>
</TS>
