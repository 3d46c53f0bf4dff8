<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountField</name>
    <message>
        <source>G…  (56 characters)</source>
        <translation>G…  (56 caracteres)</translation>
    </message>
    <message>
        <source>Refused: {warning}.</source>
        <translation>Rechazada: {warning}.</translation>
    </message>
    <message>
        <source>Looking the account up on {where}…</source>
        <translation>Buscando la cuenta en {where}…</translation>
    </message>
    <message>
        <source>Could not reach Horizon</source>
        <translation>No se pudo conectar con Horizon</translation>
    </message>
    <message>
        <source>{error}. You can continue; posapp checks the account again when it starts.</source>
        <translation>{error}. Puede continuar; posapp vuelve a comprobar la cuenta al iniciarse.</translation>
    </message>
    <message>
        <source>Account not found on this network</source>
        <translation>Cuenta no encontrada en esta red</translation>
    </message>
    <message>
        <source>Account exists ({balance} XLM)</source>
        <translation>La cuenta existe ({balance} XLM)</translation>
    </message>
    <message>
        <source>Account exists</source>
        <translation>La cuenta existe</translation>
    </message>
    <message>
        <source>USDC trustline in place</source>
        <translation>Línea de confianza USDC establecida</translation>
    </message>
    <message>
        <source>Circle&apos;s USDC ({issuer})</source>
        <translation>USDC de Circle ({issuer})</translation>
    </message>
    <message>
        <source>Memo required (SEP-29)</source>
        <translation>Memo obligatorio (SEP-29)</translation>
    </message>
    <message>
        <source>Wallets must send a memo to this account. Fine: posapp puts one in every payment request.</source>
        <translation>Las billeteras deben enviar un memo a esta cuenta. Correcto: posapp incluye uno en cada solicitud de pago.</translation>
    </message>
    <message>
        <source>No memo requirement</source>
        <translation>Sin memo obligatorio</translation>
    </message>
    <message>
        <source>No USDC trustline — customers&apos; payments would fail</source>
        <translation>Sin línea de confianza USDC: los pagos de los clientes fallarían</translation>
    </message>
    <message>
        <source>USDC trustline not authorized</source>
        <translation>Línea de confianza USDC no autorizada</translation>
    </message>
    <message>
        <source>USDC trustline is full</source>
        <translation>La línea de confianza USDC está llena</translation>
    </message>
    <message>
        <source>USDC from another issuer</source>
        <translation>USDC de otro emisor</translation>
    </message>
    <message>
        <source>Check this</source>
        <translation>Revise esto</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your shop&apos;s Stellar account</source>
        <translation>La cuenta Stellar de su tienda</translation>
    </message>
    <message>
        <source>Paste the public address (it starts with G) of the account customers pay. Never enter a secret key (it starts with S).</source>
        <translation>Pegue la dirección pública (empieza por G) de la cuenta a la que pagan los clientes. Nunca introduzca una clave secreta (empieza por S).</translation>
    </message>
    <message>
        <source>Check account</source>
        <translation>Comprobar cuenta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account address&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dirección de la cuenta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the public network</source>
        <translation>la red pública</translation>
    </message>
    <message>
        <source>testnet</source>
        <translation>la red de pruebas</translation>
    </message>
    <message>
        <source>Create the account first, then press Check account again.</source>
        <translation>Cree primero la cuenta y luego pulse de nuevo Comprobar cuenta.</translation>
    </message>
    <message>
        <source>You can continue and fix this later, but payments cannot arrive until it is fixed. Press Next to continue.</source>
        <translation>Puede continuar y corregirlo más tarde, pero los pagos no llegarán hasta que se corrija. Pulse Siguiente para continuar.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>The admin changes settings and adds cashiers and owners. You sign in with this name and PIN.</source>
        <translation>El administrador cambia la configuración y añade cajeros y propietarios. Inicia sesión con este nombre y PIN.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>PIN o contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>A PIN has {min_digits} to {max_digits} digits (not 0000 or 1234); a password has 8 to {max_characters} characters. It is stored only as a bcrypt hash.</source>
        <translation>Un PIN tiene de {min_digits} a {max_digits} dígitos (no 0000 ni 1234); una contraseña tiene de 8 a {max_characters} caracteres. Solo se guarda como hash bcrypt.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>charge</source>
        <translation>cobrar</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancelar</translation>
    </message>
    <message>
        <source>cancel partially paid</source>
        <translation>cancelar una venta pagada en parte</translation>
    </message>
    <message>
        <source>settle other way</source>
        <translation>liquidar de otra forma</translation>
    </message>
    <message>
        <source>view history</source>
        <translation>ver el historial</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportar</translation>
    </message>
    <message>
        <source>attach unmatched</source>
        <translation>asociar un pago no asignado</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolsar</translation>
    </message>
    <message>
        <source>manage webhooks</source>
        <translation>gestionar webhooks</translation>
    </message>
    <message>
        <source>view audit</source>
        <translation>ver la auditoría</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>aprobar</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar la configuración</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gestionar usuarios</translation>
    </message>
    <message>
        <source>manage items</source>
        <translation>gestionar artículos</translation>
    </message>
    <message>
        <source>discount above limit</source>
        <translation>aplicar un descuento superior al límite</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cajero</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Owner approval</source>
        <translation>Aprobación del propietario</translation>
    </message>
    <message>
        <source>Owner approval needed</source>
        <translation>Se necesita la aprobación de un propietario</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) asks to &lt;b&gt;{action}&lt;/b&gt;. An owner or admin approves it once with their PIN.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}) solicita &lt;b&gt;{action}&lt;/b&gt;. Un propietario o administrador lo aprueba una vez con su PIN.</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Aprobador:</translation>
    </message>
    <message>
        <source>No owner or admin can approve this on this counter.</source>
        <translation>Ningún propietario ni administrador puede aprobar esto en esta caja.</translation>
    </message>
    <message>
        <source>Owner: enter your PIN</source>
        <translation>Propietario: introduzca su PIN</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach payment to a sale</source>
        <translation>Asociar el pago a una venta</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount} USDC&lt;/b&gt; received {when} from {payer}&lt;br&gt;memo: {memo} · {reason}</source>
        <translation>&lt;b&gt;{amount} USDC&lt;/b&gt; recibidos {when} de {payer}&lt;br&gt;memo: {memo} · {reason}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Due (USDC)</source>
        <translation>Pendiente (USDC)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{due}  = remaining</source>
        <translation>{due}  = restante</translation>
    </message>
    <message>
        <source>or type / paste a sale id (pay_…)</source>
        <translation>o escriba / pegue un id de venta (pay_…)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Asociar…</translation>
    </message>
    <message>
        <source>Sales it could belong to</source>
        <translation>Ventas a las que podría corresponder</translation>
    </message>
    <message>
        <source>No sale in the window</source>
        <translation>Ninguna venta en el periodo</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <source>Search items</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation>Vaciar carrito</translation>
    </message>
    <message>
        <source>Line discount: 10% or 5.00</source>
        <translation>Descuento de línea: 10% o 5.00</translation>
    </message>
    <message>
        <source>Cart discount: 10% or 5.00</source>
        <translation>Descuento del carrito: 10% o 5.00</translation>
    </message>
    <message>
        <source>Tip: 10% or 20</source>
        <translation>Propina: 10% o 20</translation>
    </message>
    <message>
        <source>All</source>
        <comment>every category of items</comment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>cart line of a keyed amount</comment>
        <translation>Importe</translation>
    </message>
    <message>
        <source>{name}  (−{discount})</source>
        <translation>{name}  (−{discount})</translation>
    </message>
    <message>
        <source>Cart empty: tap items, scan a barcode, or key an amount.</source>
        <translation>Carrito vacío: toque artículos, escanee un código de barras o teclee un importe.</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>Total {total}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} added · tip {tip}</source>
        <translation>Subtotal {subtotal} · descuento −{discount} · impuesto {tax} añadido · propina {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} incl. · tip {tip}</source>
        <translation>Subtotal {subtotal} · descuento −{discount} · impuesto {tax} incl. · propina {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} added</source>
        <translation>Subtotal {subtotal} · descuento −{discount} · impuesto {tax} añadido</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} incl.</source>
        <translation>Subtotal {subtotal} · descuento −{discount} · impuesto {tax} incl.</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} added · tip {tip}</source>
        <translation>Subtotal {subtotal} · impuesto {tax} añadido · propina {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} incl. · tip {tip}</source>
        <translation>Subtotal {subtotal} · impuesto {tax} incl. · propina {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} added</source>
        <translation>Subtotal {subtotal} · impuesto {tax} añadido</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} incl.</source>
        <translation>Subtotal {subtotal} · impuesto {tax} incl.</translation>
    </message>
</context>
<context>
    <name>CashierActions</name>
    <message>
        <source>Charge	Enter</source>
        <translation>Cobrar	Enter</translation>
    </message>
    <message>
        <source>Cancel sale	Esc</source>
        <translation>Cancelar venta	Esc</translation>
    </message>
    <message>
        <source>New sale	Del</source>
        <translation>Nueva venta	Del</translation>
    </message>
    <message>
        <source>Show customer display</source>
        <translation>Mostrar pantalla del cliente</translation>
    </message>
    <message>
        <source>Customer display full screen on second screen</source>
        <translation>Pantalla del cliente a pantalla completa en el segundo monitor</translation>
    </message>
    <message>
        <source>Mute payment sound</source>
        <translation>Silenciar sonido de pago</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Sales history…</source>
        <translation>Historial de ventas…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Items…</source>
        <translation>Artículos…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <source>Print receipt	P</source>
        <translation>Imprimir recibo	P</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Guardar recibo como PDF…</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Venta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>V&amp;er</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Tienda</translation>
    </message>
</context>
<context>
    <name>CashierStatusBar</name>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>RED DE PRUEBAS — dinero ficticio</translation>
    </message>
    <message>
        <source>Stellar public network</source>
        <translation>Red pública de Stellar</translation>
    </message>
    <message>
        <source>Rate: waiting…</source>
        <translation>Cambio: esperando…</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Usuario: {name} ({role})</translation>
    </message>
    <message>
        <source>● Payments: {state}</source>
        <translation>● Pagos: {state}</translation>
    </message>
    <message>
        <source>Payments are detected as they happen.</source>
        <translation>Los pagos se detectan en el momento en que se producen.</translation>
    </message>
</context>
<context>
    <name>CashierWindow</name>
    <message>
        <source>{currency} has no decimals: the decimal key is off.</source>
        <translation>{currency} no tiene decimales: la tecla decimal está desactivada.</translation>
    </message>
    <message>
        <source>{currency} amounts take {places} decimals: no more after the point.</source>
        <translation>Los importes en {currency} llevan {places} decimales: no caben más después del separador.</translation>
    </message>
    <message>
        <source>The largest amount is {largest}: that key was not taken.</source>
        <translation>El importe máximo es {largest}: no se aceptó esa tecla.</translation>
    </message>
    <message>
        <source>{shop} — posapp</source>
        <translation>{shop} — posapp</translation>
    </message>
    <message>
        <source>{shop} — posapp — TEST NETWORK</source>
        <translation>{shop} — posapp — RED DE PRUEBAS</translation>
    </message>
    <message>
        <source>AMOUNT · {currency}</source>
        <translation>IMPORTE · {currency}</translation>
    </message>
    <message>
        <source>Note (optional), e.g. table 4</source>
        <translation>Nota (opcional), p. ej. mesa 4</translation>
    </message>
    <message>
        <source>Switch user (signed in: {name})</source>
        <translation>Cambiar de usuario (sesión de {name})</translation>
    </message>
    <message>
        <source>Cancel this sale? The customer may be paying. Press Esc again to cancel.</source>
        <translation>¿Cancelar esta venta? Puede que el cliente esté pagando. Pulse Esc de nuevo para cancelar.</translation>
    </message>
    <message>
        <source>Part of this sale is paid: take the rest in cash (F2) or by card (F3), give back what was received (F4), or park the sale (F8) to serve the next customer.</source>
        <translation>Parte de esta venta está pagada: cobre el resto en efectivo (F2) o con tarjeta (F3), devuelva lo recibido (F4) o aparque la venta (F8) para atender al siguiente cliente.</translation>
    </message>
    <message>
        <source>Finish or cancel (Esc) the current sale first.</source>
        <translation>Termine o cancele (Esc) primero la venta actual.</translation>
    </message>
    <message>
        <source>Finish, cancel (Esc) or park (F8) the current sale first.</source>
        <translation>Termine, cancele (Esc) o aparque (F8) primero la venta actual.</translation>
    </message>
    <message>
        <source>Key an amount first.</source>
        <translation>Teclee primero un importe.</translation>
    </message>
    <message>
        <source>Getting a fresh exchange rate… the sale starts as soon as it arrives. ({reason})</source>
        <translation>Obteniendo un tipo de cambio actualizado… la venta empieza en cuanto llegue. ({reason})</translation>
    </message>
    <message>
        <source>Cannot charge: {reason}</source>
        <translation>No se puede cobrar: {reason}</translation>
    </message>
    <message>
        <source>The customer is choosing a tip on their screen… (Enter again: no tip)</source>
        <translation>El cliente está eligiendo una propina en su pantalla… (Enter otra vez: sin propina)</translation>
    </message>
    <message>
        <source>approve a discount above {limit} %</source>
        <translation>aprobar un descuento superior al {limit} %</translation>
    </message>
    <message>
        <source>{amount} is a large amount (about {usdc}, above the shop&apos;s {limit} limit). Check it, then press Enter again to charge it.</source>
        <translation>{amount} es un importe elevado (unos {usdc}, por encima del límite de {limit} de la tienda). Compruébelo y pulse Enter de nuevo para cobrarlo.</translation>
    </message>
    <message>
        <source>Cannot cancel: {reason}</source>
        <translation>No se puede cancelar: {reason}</translation>
    </message>
    <message>
        <source>Part of this sale is already paid, so it cannot be cancelled as it is: take the rest in cash (F2) or by card (F3), give back what was received (F4), or park it (F8).</source>
        <translation>Parte de esta venta ya está pagada, así que no se puede cancelar tal cual: cobre el resto en efectivo (F2) o con tarjeta (F3), devuelva lo recibido (F4) o apárquela (F8).</translation>
    </message>
    <message>
        <source>Part of this sale is already paid, so it cannot be cancelled as it is: let the customer pay the rest, or settle it from the history.</source>
        <translation>Parte de esta venta ya está pagada, así que no se puede cancelar tal cual: deje que el cliente pague el resto o liquídela desde el historial.</translation>
    </message>
    <message>
        <source>Parked sale {amount}: {state}.</source>
        <translation>Venta aparcada de {amount}: {state}.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n unfinished sale(s) of this counter.</source>
        <translation>
            <numerusform>Se recuperó %n venta sin terminar de esta caja.</numerusform>
            <numerusform>Se recuperaron %n ventas sin terminar de esta caja.</numerusform>
        </translation>
    </message>
    <message>
        <source>take the rest of the {amount} sale in cash</source>
        <translation>cobrar en efectivo el resto de la venta de {amount}</translation>
    </message>
    <message>
        <source>take the rest of the {amount} sale by card</source>
        <translation>cobrar con tarjeta el resto de la venta de {amount}</translation>
    </message>
    <message>
        <source>give back the {amount} received and cancel the sale</source>
        <translation>devolver los {amount} recibidos y cancelar la venta</translation>
    </message>
    <message>
        <source>Park or finish the sale on screen before resuming another.</source>
        <translation>Aparque o termine la venta en pantalla antes de reanudar otra.</translation>
    </message>
    <message>
        <source>An owner must {reason}.</source>
        <translation>Un propietario debe {reason}.</translation>
    </message>
    <message>
        <source>Not approved: nothing was changed.</source>
        <translation>No aprobado: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Sale {amount} parked: it can still be paid. Resume it from the list (F9).</source>
        <translation>Venta de {amount} aparcada: aún se puede pagar. Reanúdela desde la lista (F9).</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>No realizado: {reason}</translation>
    </message>
    <message>
        <source>attach the {amount} payment to this sale</source>
        <translation>asociar el pago de {amount} a esta venta</translation>
    </message>
    <message>
        <source>Rate: {rate} · {source}</source>
        <translation>Cambio: {rate} · {source}</translation>
    </message>
    <message>
        <source>Rate: {rate} · {source} at {time}</source>
        <translation>Cambio: {rate} · {source} ({time})</translation>
    </message>
    <message>
        <source>Rate unavailable: {reason}</source>
        <translation>Cambio no disponible: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>Poniéndose al día</translation>
    </message>
    <message>
        <source>Checking the network for payments made while this counter was away…</source>
        <translation>Buscando en la red pagos realizados mientras esta caja estaba desconectada…</translation>
    </message>
    <message>
        <source>Catching up with the network: this payment will be confirmed in a moment.</source>
        <translation>Poniéndose al día con la red: este pago se confirmará en un momento.</translation>
    </message>
    <message>
        <source>Payment detection interrupted since {time}, reconnecting ({detail}). You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Detección de pagos interrumpida desde las {time}, reconectando ({detail}). Puede seguir cobrando: los pagos se confirmarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Payment detection interrupted since {time}, reconnecting. You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Detección de pagos interrumpida desde las {time}, reconectando. Puede seguir cobrando: los pagos se confirmarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Reconnecting since {time}</source>
        <translation>Reconectando ({time})</translation>
    </message>
    <message>
        <source>Connection interrupted: this payment will be confirmed when the connection returns.</source>
        <translation>Conexión interrumpida: este pago se confirmará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Payment detection offline since {time} ({detail}). You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Detección de pagos sin conexión desde las {time} ({detail}). Puede seguir cobrando: los pagos se confirmarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Payment detection offline since {time}. You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Detección de pagos sin conexión desde las {time}. Puede seguir cobrando: los pagos se confirmarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Sin conexión ({time})</translation>
    </message>
    <message>
        <source>Offline: this payment will be confirmed when the connection returns.</source>
        <translation>Sin conexión: este pago se confirmará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Payment detection has stopped ({detail}). Restart posapp: payments made meanwhile are confirmed when it runs again.</source>
        <translation>La detección de pagos se ha detenido ({detail}). Reinicie posapp: los pagos realizados entretanto se confirman cuando vuelva a ejecutarse.</translation>
    </message>
    <message>
        <source>Payment detection has stopped. Restart posapp: payments made meanwhile are confirmed when it runs again.</source>
        <translation>La detección de pagos se ha detenido. Reinicie posapp: los pagos realizados entretanto se confirman cuando vuelva a ejecutarse.</translation>
    </message>
    <message>
        <source>Detection stopped</source>
        <translation>Detección detenida</translation>
    </message>
    <message>
        <source>Detection stopped: this payment will be confirmed when the connection returns.</source>
        <translation>Detección detenida: este pago se confirmará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connecting to the Stellar network…</source>
        <translation>Conectando a la red Stellar…</translation>
    </message>
    <message>
        <source>Connecting: this payment will be confirmed when the connection returns.</source>
        <translation>Conectando: este pago se confirmará cuando vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Sales history</source>
        <translation>Historial de ventas</translation>
    </message>
    <message>
        <source>The sales history is not available: {reason}</source>
        <translation>El historial de ventas no está disponible: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the sales history: {reason}</source>
        <translation>No se puede abrir el historial de ventas: {reason}</translation>
    </message>
    <message>
        <source>Settings saved: the next sale uses them. Restart posapp to use the new {what}.</source>
        <translation>Configuración guardada: la próxima venta la usará. Reinicie posapp para aplicar los cambios de {what}.</translation>
    </message>
    <message>
        <source>Settings saved: the next sale uses them.</source>
        <translation>Configuración guardada: la próxima venta la usará.</translation>
    </message>
    <message>
        <source>Settings saved, but the counter could not use them: {reason}. Restart posapp to use them.</source>
        <translation>Configuración guardada, pero la caja no pudo aplicarla: {reason}. Reinicie posapp para aplicarla.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>… and %n more</source>
        <translation>… y %n más</translation>
    </message>
    <message>
        <source>Discount −{amount}</source>
        <translation>Descuento −{amount}</translation>
    </message>
    <message>
        <source>Tax {amount}</source>
        <translation>Impuesto {amount}</translation>
    </message>
    <message>
        <source>incl. tax {amount}</source>
        <translation>impuesto incl. {amount}</translation>
    </message>
    <message>
        <source>Tip {amount}</source>
        <translation>Propina {amount}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Would you like to add a tip?</source>
        <translation>¿Desea añadir una propina?</translation>
    </message>
    <message>
        <source>No tip</source>
        <translation>Sin propina</translation>
    </message>
    <message>
        <source>Welcome to</source>
        <translation>Bienvenido a</translation>
    </message>
    <message>
        <source>We accept USDC on Stellar.
Your total will appear here.</source>
        <translation>Aceptamos USDC en Stellar.
Su total aparecerá aquí.</translation>
    </message>
    <message>
        <source>🌐 Language</source>
        <translation>🌐 Idioma</translation>
    </message>
    <message>
        <source>Scan with your Stellar wallet</source>
        <translation>Escanee con su billetera Stellar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Scan for your receipt: this payment on the public ledger</source>
        <translation>Escanee para obtener su recibo: este pago en el registro público</translation>
    </message>
    <message>
        <source>{shop} — customer display</source>
        <translation>{shop} — pantalla del cliente</translation>
    </message>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>RED DE PRUEBAS — no es dinero real</translation>
    </message>
    <message>
        <source>Expires in {time}</source>
        <translation>Caduca en {time}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Partially paid: {received} received.
Please pay the remaining {due}.</source>
        <translation>Pago parcial: {received} recibido.
Pague el resto: {due}.</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Pague {amount}</translation>
    </message>
    <message>
        <source>Transaction {hash}</source>
        <translation>Transacción {hash}</translation>
    </message>
    <message>
        <source>{usdc} + {rest} cash</source>
        <translation>{usdc} + {rest} en efectivo</translation>
    </message>
    <message>
        <source>{usdc} + {rest} card</source>
        <translation>{usdc} + {rest} con tarjeta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>{amount} was received:
the cashier will sort it out with you.</source>
        <translation>Se recibió {amount}:
el cajero lo resolverá con usted.</translation>
    </message>
    <message>
        <source>Please ask the cashier to start again.</source>
        <translation>Pida al cajero que empiece de nuevo.</translation>
    </message>
    <message>
        <source>This payment request has expired.</source>
        <translation>Esta solicitud de pago ha caducado.</translation>
    </message>
    <message>
        <source>The {amount} you paid will be given back.
Please do not pay this request.</source>
        <translation>Se le devolverá el importe de {amount} que pagó.
No pague esta solicitud.</translation>
    </message>
    <message>
        <source>Please do not pay this request.</source>
        <translation>No pague esta solicitud.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>This sale was cancelled.</source>
        <translation>Esta venta se ha cancelado.</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>Simulate customer &amp;payment</source>
        <translation>Simular &amp;pago del cliente</translation>
    </message>
    <message>
        <source>Simulate customer payment</source>
        <translation>Simular pago del cliente</translation>
    </message>
    <message>
        <source>Demo — simulate the customer:</source>
        <translation>Demo — simular al cliente:</translation>
    </message>
    <message>
        <source>Sign in again as {name}, PIN {pin}</source>
        <translation>Vuelva a iniciar sesión como {name}, PIN {pin}</translation>
    </message>
    <message>
        <source>Switch user (Ctrl+L) or the idle lock shows the login</source>
        <translation>Cambie de usuario (Ctrl+L) o el bloqueo por inactividad muestra el inicio de sesión</translation>
    </message>
    <message>
        <source>Pay exact amount</source>
        <translation>Pagar el importe exacto</translation>
    </message>
    <message>
        <source>Pay half (partial)</source>
        <translation>Pagar la mitad (parcial)</translation>
    </message>
    <message>
        <source>Pay with fake-issuer USDC</source>
        <translation>Pagar con USDC de un emisor falso</translation>
    </message>
    <message>
        <source>Start a sale first: there is nothing to pay.</source>
        <translation>Inicie primero una venta: no hay nada que pagar.</translation>
    </message>
    <message>
        <source>Simulated customer signs and sends {amount} look-alike USDC from a fake issuer…</source>
        <translation>El cliente simulado firma y envía {amount} en USDC de imitación de un emisor falso…</translation>
    </message>
    <message>
        <source>Simulated customer signs and sends {amount} USDC…</source>
        <translation>El cliente simulado firma y envía {amount} USDC…</translation>
    </message>
    <message>
        <source>Signed payment on the network: tx {tx}…. posapp ignores it (not Circle&apos;s USDC): the sale stays unpaid.</source>
        <translation>Pago firmado en la red: tx {tx}…. posapp lo ignora (no es USDC de Circle): la venta sigue sin pagar.</translation>
    </message>
    <message>
        <source>Signed payment on the network: tx {tx}….</source>
        <translation>Pago firmado en la red: tx {tx}….</translation>
    </message>
    <message>
        <source>Simulated payment failed: {reason}</source>
        <translation>Error en el pago simulado: {reason}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>posapp is ready</source>
        <translation>posapp está listo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Webhook signing secret&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secreto de firma del webhook&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{shop}&lt;/b&gt; takes USDC on testnet at {account}.</source>
        <translation>&lt;b&gt;{shop}&lt;/b&gt; acepta USDC en la red de pruebas en {account}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{shop}&lt;/b&gt; takes USDC on the public network at {account}.</source>
        <translation>&lt;b&gt;{shop}&lt;/b&gt; acepta USDC en la red pública en {account}.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configuración guardada</translation>
    </message>
    <message>
        <source>Administrator {name} created</source>
        <translation>Administrador {name} creado</translation>
    </message>
    <message>
        <source>Sign in with your PIN.</source>
        <translation>Inicie sesión con su PIN.</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Add cashiers and owners later in Settings → Users, or with `posapp users add NAME --role cashier`.</source>
        <translation>Añada cajeros y propietarios más tarde en Configuración → Usuarios, o con `posapp users add NAME --role cashier`.</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>{error}

posapp keeps running; the details are in the log.</source>
        <translation>{error}

posapp sigue funcionando; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Paid (on time or late)</source>
        <translation>Pagada (a tiempo o tarde)</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation>Pagada a tiempo</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Pagada tarde</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Pagada en parte</translation>
    </message>
    <message>
        <source>Waiting for payment or partially paid</source>
        <translation>Esperando pago o pagada en parte</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Not paid (expired or cancelled)</source>
        <translation>No pagada (caducada o cancelada)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Todos los cajeros</translation>
    </message>
    <message>
        <source>Search note, pay_… id, tx hash or G… payer</source>
        <translation>Buscar nota, id pay_…, hash de tx o pagador G…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>no rate</source>
        <translation>sin tipo de cambio</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Matched</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>No asignado</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>Por reembolsar</translation>
    </message>
    <message>
        <source>Refused (fake USDC)</source>
        <translation>Rechazado (USDC falso)</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Esperando pago</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Pagada en parte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Pagada tarde</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>Historial de ventas</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Unmatched payments</source>
        <translation>Pagos no asignados</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message numerus="yes">
        <source>Unmatched payments ({count})</source>
        <translation>
            <numerusform>Pagos no asignados ({count})</numerusform>
            <numerusform>Pagos no asignados ({count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Impuesto %</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>En venta</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Guardar artículo</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%n items imported.</source>
        <translation>
            <numerusform>%n artículo importado.</numerusform>
            <numerusform>%n artículos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>Exportar artículos</translation>
    </message>
    <message numerus="yes">
        <source>%n items written to {path}.</source>
        <translation>
            <numerusform>%n artículo escrito en {path}.</numerusform>
            <numerusform>%n artículos escritos en {path}.</numerusform>
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
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Clear (Delete)</source>
        <translation>Borrar (Supr)</translation>
    </message>
    <message>
        <source>Charge
⏎</source>
        <translation>Cobrar
⏎</translation>
    </message>
    <message>
        <source>Charge (Enter)</source>
        <translation>Cobrar (Enter)</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>The same as the windows</source>
        <translation>El mismo que las ventanas</translation>
    </message>
    <message>
        <source>Customers can choose the display&apos;s language</source>
        <translation>Los clientes pueden elegir el idioma de la pantalla</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Ventanas:</translation>
    </message>
    <message>
        <source>Customer display:</source>
        <translation>Pantalla del cliente:</translation>
    </message>
    <message>
        <source>These choices belong to this counter. A new language for the windows shows after posapp restarts; the customer display changes at once. With the choice on, the display&apos;s welcome screen has a Language button, and a customer&apos;s choice lasts until their sale is over.</source>
        <translation>Estas opciones son propias de esta caja. Un nuevo idioma para las ventanas se aplica al reiniciar posapp; la pantalla del cliente cambia de inmediato. Con la opción activada, la pantalla de bienvenida muestra un botón Idioma, y la elección del cliente dura hasta que termina su venta.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>{shop} — sign in</source>
        <translation>{shop} — iniciar sesión</translation>
    </message>
    <message>
        <source>posapp — sign in</source>
        <translation>posapp — iniciar sesión</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>¿Quién está en la caja?</translation>
    </message>
    <message>
        <source>No users yet. An administrator adds them with
posapp users add NAME --role cashier</source>
        <translation>Aún no hay usuarios. Un administrador los añade con
posapp users add NAME --role cashier</translation>
    </message>
    <message>
        <source>‹  Not you? Choose another user</source>
        <translation>‹  ¿No es usted? Elija otro usuario</translation>
    </message>
    <message>
        <source>Enter your PIN or password</source>
        <translation>Introduzca su PIN o contraseña</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries.</source>
        <translation>Bloqueado tras demasiados intentos fallidos.</translation>
    </message>
    <message>
        <source>Starting… your PIN will be checked in a moment.</source>
        <translation>Iniciando… su PIN se comprobará en un momento.</translation>
    </message>
</context>
<context>
    <name>NetworkFields</name>
    <message>
        <source>Testnet — test money</source>
        <translation>Red de pruebas — dinero de prueba</translation>
    </message>
    <message>
        <source>Public network — real USDC</source>
        <translation>Red pública — USDC real</translation>
    </message>
    <message>
        <source>For trying posapp out. Nothing paid on testnet has any value: rehearse a sale with a testnet wallet, then switch to the public network in Settings.</source>
        <translation>Para probar posapp. Nada de lo pagado en la red de pruebas tiene valor: ensaye una venta con una billetera de la red de pruebas y después cambie a la red pública en Configuración.</translation>
    </message>
    <message>
        <source>For real sales. Customers pay real USDC (by Circle) straight into your shop&apos;s own account.</source>
        <translation>Para ventas reales. Los clientes pagan USDC real (de Circle) directamente en la cuenta propia de su tienda.</translation>
    </message>
    <message>
        <source>leave empty to use the network&apos;s public Horizon</source>
        <translation>déjelo vacío para usar el Horizon público de la red</translation>
    </message>
    <message>
        <source>Horizon server (advanced):</source>
        <translation>Servidor Horizon (avanzado):</translation>
    </message>
    <message>
        <source>Real money: make sure the address you enter next is your shop&apos;s own account.</source>
        <translation>Dinero real: asegúrese de que la dirección que introduzca a continuación es la cuenta propia de su tienda.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Welcome to posapp</source>
        <translation>Bienvenido a posapp</translation>
    </message>
    <message>
        <source>Take USDC payments on Stellar at your counter. posapp only watches your shop&apos;s account: it never asks for, stores or uses a secret key.</source>
        <translation>Acepte pagos en USDC en Stellar en su caja. posapp solo vigila la cuenta de su tienda: nunca pide, guarda ni usa una clave secreta.</translation>
    </message>
    <message>
        <source>Language of this counter:</source>
        <translation>Idioma de esta caja:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which network?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Qué red?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the Horizon server</source>
        <translation>el servidor Horizon</translation>
    </message>
</context>
<context>
    <name>ParkedList</name>
    <message>
        <source>PARKED SALES · click or F9 to resume</source>
        <translation>VENTAS APARCADAS · clic o F9 para reanudar</translation>
    </message>
    <message>
        <source>{amount} · {received} received · {note} · until {time}</source>
        <translation>{amount} · {received} recibido · {note} · hasta las {time}</translation>
    </message>
    <message>
        <source>{amount} · {received} received · until {time}</source>
        <translation>{amount} · {received} recibido · hasta las {time}</translation>
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
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries.</source>
        <translation>Bloqueado tras demasiados intentos fallidos.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try left before a lock.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes del bloqueo.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes del bloqueo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a lock.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes del bloqueo.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes del bloqueo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>{reason}
Try again in {delay}.</source>
        <translation>{reason}
Vuelva a intentarlo en {delay}.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Stellar public network</source>
        <translation>Red pública de Stellar</translation>
    </message>
    <message>
        <source>Stellar testnet</source>
        <translation>Red de pruebas de Stellar</translation>
    </message>
    <message>
        <source>Scan to check this payment on the public Stellar ledger</source>
        <translation>Escanee para comprobar este pago en el registro público de Stellar</translation>
    </message>
    <message>
        <source>Scan to check this refund on the public Stellar ledger</source>
        <translation>Escanee para comprobar este reembolso en el registro público de Stellar</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>PAGADO</translation>
    </message>
    <message>
        <source>PAID LATE</source>
        <translation>PAGADO TARDE</translation>
    </message>
    <message>
        <source>Paid after the payment window closed; accepted in full.</source>
        <translation>Pagado después del cierre del plazo de pago; aceptado en su totalidad.</translation>
    </message>
    <message>
        <source>PARTIALLY PAID</source>
        <translation>PAGADO EN PARTE</translation>
    </message>
    <message>
        <source>{amount} still due.</source>
        <translation>Pendiente de pago: {amount}.</translation>
    </message>
    <message>
        <source>The sale expired before the rest arrived.</source>
        <translation>La venta caducó antes de que llegara el resto.</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>NO PAGADO</translation>
    </message>
    <message>
        <source>Overpaid by {amount} (refundable).</source>
        <translation>Pagado en exceso: {amount} (reembolsable).</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** COPIA ***</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>REFUND RECEIPT</source>
        <translation>RECIBO DE REEMBOLSO</translation>
    </message>
    <message>
        <source>Refund receipt no.</source>
        <translation>Recibo de reembolso n.º</translation>
    </message>
    <message>
        <source>For sale receipt no.</source>
        <translation>Del recibo de venta n.º</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Recibo n.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>descuento</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>incl. tax</source>
        <translation>impuesto incl.</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Propina</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>USDC a pagar</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recibidos</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>Total de la venta</translation>
    </message>
    <message>
        <source>Sale paid</source>
        <translation>Venta pagada</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Fecha de la venta</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REEMBOLSO</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>RED DE PRUEBAS — no es dinero real</translation>
    </message>
</context>
<context>
    <name>ReceiptCard</name>
    <message>
        <source>RECEIPT</source>
        <translation>RECIBO</translation>
    </message>
    <message>
        <source>Print  (P)</source>
        <translation>Imprimir  (P)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Preparando el recibo…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Guardar recibo como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <source>RECEIPT {number}</source>
        <translation>RECIBO {number}</translation>
    </message>
    <message>
        <source>Print the receipt? Press P (or PDF… to save it).</source>
        <translation>¿Imprimir el recibo? Pulse P (o PDF… para guardarlo).</translation>
    </message>
    <message>
        <source>Press P to print it.</source>
        <translation>Pulse P para imprimirlo.</translation>
    </message>
    <message>
        <source>No receipt: {reason}</source>
        <translation>Sin recibo: {reason}</translation>
    </message>
    <message>
        <source>Receipt: {reason}</source>
        <translation>Recibo: {reason}</translation>
    </message>
    <message>
        <source>{reason} The sale is paid; press P to try again.</source>
        <translation>{reason} La venta está pagada; pulse P para reintentar.</translation>
    </message>
    <message>
        <source>Receipt not printed: {reason} The sale is paid; press P to try again.</source>
        <translation>Recibo no impreso: {reason} La venta está pagada; pulse P para reintentar.</translation>
    </message>
</context>
<context>
    <name>ReceiptFields</name>
    <message>
        <source>Show it; print when the cashier presses P</source>
        <translation>Mostrarlo; imprimir cuando el cajero pulse P</translation>
    </message>
    <message>
        <source>Show it and offer to print (P)</source>
        <translation>Mostrarlo y ofrecer imprimir (P)</translation>
    </message>
    <message>
        <source>Print it at once</source>
        <translation>Imprimirlo de inmediato</translation>
    </message>
    <message>
        <source>No printer (preview only)</source>
        <translation>Sin impresora (solo vista previa)</translation>
    </message>
    <message>
        <source>Thermal printer on the network (ESC/POS)</source>
        <translation>Impresora térmica en red (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on USB (ESC/POS)</source>
        <translation>Impresora térmica USB (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on a serial port (ESC/POS)</source>
        <translation>Impresora térmica en puerto serie (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer device file (ESC/POS)</source>
        <translation>Archivo de dispositivo de impresora térmica (ESC/POS)</translation>
    </message>
    <message>
        <source>A printer of this computer</source>
        <translation>Una impresora de este equipo</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>Archivos PDF en una carpeta</translation>
    </message>
    <message>
        <source>192.168.1.50 or 192.168.1.50:9100</source>
        <translation>192.168.1.50 o 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>vendor:product in hex, e.g. 04b8:0e15</source>
        <translation>fabricante:producto en hex, p. ej. 04b8:0e15</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0 or COM3, optionally ?baudrate=19200</source>
        <translation>/dev/ttyUSB0 o COM3, opcionalmente ?baudrate=19200</translation>
    </message>
    <message>
        <source>the printer&apos;s name (empty: the default printer)</source>
        <translation>el nombre de la impresora (vacío: la impresora predeterminada)</translation>
    </message>
    <message>
        <source>a folder, e.g. /home/shop/receipts</source>
        <translation>una carpeta, p. ej. /home/shop/receipts</translation>
    </message>
    <message>
        <source>as it should print, e.g. GSTIN 29ABCDE1234F1Z5</source>
        <translation>tal como debe imprimirse, p. ej. GSTIN 29ABCDE1234F1Z5</translation>
    </message>
    <message>
        <source>80 mm (48 characters a line)</source>
        <translation>80 mm (48 caracteres por línea)</translation>
    </message>
    <message>
        <source>58 mm (32 characters a line)</source>
        <translation>58 mm (32 caracteres por línea)</translation>
    </message>
    <message>
        <source>On every receipt</source>
        <translation>En cada recibo</translation>
    </message>
    <message>
        <source>Shop address:</source>
        <translation>Dirección de la tienda:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Tax id:</source>
        <translation>NIF/ID fiscal:</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>Pie de página:</translation>
    </message>
    <message>
        <source>Printer of this counter</source>
        <translation>Impresora de esta caja</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Impresora:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copias:</translation>
    </message>
    <message>
        <source>When a sale is paid:</source>
        <translation>Cuando se paga una venta:</translation>
    </message>
    <message>
        <source>The QR opens the payment on</source>
        <translation>El QR abre el pago en</translation>
    </message>
    <message>
        <source>Public network:</source>
        <translation>Red pública:</translation>
    </message>
    <message>
        <source>Testnet:</source>
        <translation>Red de pruebas:</translation>
    </message>
    <message>
        <source>{hash} is replaced by the transaction hash.</source>
        <translation>{hash} se sustituye por el hash de la transacción.</translation>
    </message>
</context>
<context>
    <name>ReceiptJobs</name>
    <message>
        <source>Receipt {number}</source>
        <translation>Recibo {number}</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the receipt printer at {address}:{port}.</source>
        <translation>Recibo {number} impreso en la impresora de recibos de {address}:{port}.</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the USB receipt printer {address}.</source>
        <translation>Recibo {number} impreso en la impresora de recibos USB {address}.</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the receipt printer on {address}.</source>
        <translation>Recibo {number} impreso en la impresora de recibos de {address}.</translation>
    </message>
    <message>
        <source>Receipt {number} printed on {printer}.</source>
        <translation>Recibo {number} impreso en {printer}.</translation>
    </message>
    <message>
        <source>Receipt {number} sent to the printer {name}.</source>
        <translation>Recibo {number} enviado a la impresora {name}.</translation>
    </message>
    <message>
        <source>Receipt {number} saved as {path}.</source>
        <translation>Recibo {number} guardado como {path}.</translation>
    </message>
</context>
<context>
    <name>ReceiptPainter</name>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>posapp receipt</source>
        <translation>Recibo de posapp</translation>
    </message>
</context>
<context>
    <name>ReceiptReprint</name>
    <message>
        <source>Print receipt (COPY)</source>
        <translation>Imprimir recibo (COPIA)</translation>
    </message>
    <message>
        <source>Receipt PDF…</source>
        <translation>PDF del recibo…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Guardar recibo como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Preparando el recibo…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <source>Receipt not printed: {reason}</source>
        <translation>Recibo no impreso: {reason}</translation>
    </message>
</context>
<context>
    <name>ReconcileTab</name>
    <message>
        <source>Missing here</source>
        <translation>Falta aquí</translation>
    </message>
    <message>
        <source>Not on network</source>
        <translation>No está en la red</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Distinto</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>Total de la venta</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Pagado en exceso</translation>
    </message>
    <message>
        <source>Refund sent</source>
        <translation>Reembolso enviado</translation>
    </message>
    <message>
        <source>Refund not settled</source>
        <translation>Reembolso no liquidado</translation>
    </message>
    <message>
        <source>Refund flagged</source>
        <translation>Reembolso señalado</translation>
    </message>
    <message>
        <source>Compare with the network</source>
        <translation>Comparar con la red</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Re-reads the shop account&apos;s payments from Horizon and compares them with the payments stored here ({horizon}).</source>
        <translation>Vuelve a leer de Horizon los pagos de la cuenta de la tienda y los compara con los pagos guardados aquí ({horizon}).</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Ledger time</source>
        <translation>Hora del ledger</translation>
    </message>
    <message>
        <source>Network (USDC)</source>
        <translation>Red (USDC)</translation>
    </message>
    <message>
        <source>Stored (USDC)</source>
        <translation>Guardado (USDC)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Leyendo la red…</translation>
    </message>
    <message numerus="yes">
        <source>Read {records} network records (%n pages)…</source>
        <translation>
            <numerusform>Leídos {records} registros de la red (%n página)…</numerusform>
            <numerusform>Leídos {records} registros de la red (%n páginas)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything matches.</source>
        <translation>Todo coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n differences.</source>
        <translation>
            <numerusform>%n diferencia.</numerusform>
            <numerusform>%n diferencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overpaid payments: {amount} USDC beyond the sales, to refund.</source>
        <translation>
            <numerusform>%n pago en exceso: {amount} USDC más allá de las ventas, por reembolsar.</numerusform>
            <numerusform>%n pagos en exceso: {amount} USDC más allá de las ventas, por reembolsar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refunds sent; {waiting} waiting for a signature.</source>
        <translation>
            <numerusform>%n reembolso enviado; {waiting} esperando firma.</numerusform>
            <numerusform>%n reembolsos enviados; {waiting} esperando firma.</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} – {end}: network {network} payments, stored {stored}, matching {matching}. &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>{start} – {end}: pagos en la red {network}, guardados {stored}, coincidentes {matching}. &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked against {horizon}</source>
        <translation>Comprobado con {horizon}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Could not reconcile: {error}</source>
        <translation>No se pudo conciliar: {error}</translation>
    </message>
    <message>
        <source>Reconciliation failed: {error}</source>
        <translation>La conciliación falló: {error}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Waiting for the signed payment on the ledger…</source>
        <translation>Esperando el pago firmado en el ledger…</translation>
    </message>
    <message>
        <source>Refunded ✓</source>
        <translation>Reembolsado ✓</translation>
    </message>
    <message>
        <source>Expired: it was not submitted in time. Rebuild it to try again.</source>
        <translation>Caducado: no se envió a tiempo. Vuelva a generarlo para reintentar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Refund of {ref}</source>
        <translation>Reembolso de {ref}</translation>
    </message>
    <message>
        <source>Looking up what can be refunded…</source>
        <translation>Consultando lo que se puede reembolsar…</translation>
    </message>
    <message>
        <source>e.g. returned item</source>
        <translation>p. ej. artículo devuelto</translation>
    </message>
    <message>
        <source>the deposit memo the customer&apos;s exchange gave them</source>
        <translation>el memo de depósito que el exchange del cliente le indicó</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Importe (USDC)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Exchange memo</source>
        <translation>Memo del exchange</translation>
    </message>
    <message>
        <source>Prepare refund</source>
        <translation>Preparar reembolso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{remaining} USDC can be refunded (received {received}, already refunded or waiting {held}). posapp prepares the transaction; you sign it in the wallet of the merchant account.</source>
        <translation>Se pueden reembolsar {remaining} USDC (recibidos {received}, ya reembolsados o en espera {held}). posapp prepara la transacción; usted la firma en la billetera de la cuenta del comercio.</translation>
    </message>
    <message>
        <source>Asking the network for the account&apos;s sequence and fee…</source>
        <translation>Consultando a la red la secuencia y la comisión de la cuenta…</translation>
    </message>
    <message>
        <source>Scan with the wallet of the merchant account, check the amount and the destination, and sign there. This code is for the account&apos;s owner only: never show it to the customer.</source>
        <translation>Escanee con la billetera de la cuenta del comercio, compruebe el importe y el destino, y firme allí. Este código es solo para el propietario de la cuenta: no lo muestre nunca al cliente.</translation>
    </message>
    <message>
        <source>Copy XDR</source>
        <translation>Copiar XDR</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Save .xdr…</source>
        <translation>Guardar .xdr…</translation>
    </message>
    <message>
        <source>Cancel refund</source>
        <translation>Cancelar reembolso</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Refund {amount} USDC</source>
        <translation>Reembolsar {amount} USDC</translation>
    </message>
    <message>
        <source>transaction {hash}</source>
        <translation>transacción {hash}</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>No realizado: {error}</translation>
    </message>
    <message>
        <source>Save the unsigned transaction</source>
        <translation>Guardar la transacción sin firmar</translation>
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
        <translation>Creado</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Importe (USDC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <source>Show QR…</source>
        <translation>Mostrar QR…</translation>
    </message>
    <message>
        <source>{created_by} (approved by {approved_by})</source>
        <translation>{created_by} (aprobado por {approved_by})</translation>
    </message>
    <message>
        <source>No refunds.</source>
        <translation>Sin reembolsos.</translation>
    </message>
    <message>
        <source>{amount} USDC refunded so far.</source>
        <translation>{amount} USDC reembolsados hasta ahora.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check and finish</source>
        <translation>Revisar y terminar</translation>
    </message>
    <message>
        <source>Press “Set up posapp” to save. You can change all of this later in Settings.</source>
        <translation>Pulse «Configurar posapp» para guardar. Puede cambiar todo esto más tarde en Configuración.</translation>
    </message>
    <message>
        <source>Set up posapp</source>
        <translation>Configurar posapp</translation>
    </message>
    <message>
        <source>{rate} {currency} per USDC (fixed)</source>
        <translation>{rate} {currency} por USDC (fijo)</translation>
    </message>
    <message>
        <source>live from {source}</source>
        <translation>en vivo desde {source}</translation>
    </message>
    <message>
        <source>Testnet (test money)</source>
        <translation>Red de pruebas (dinero de prueba)</translation>
    </message>
    <message>
        <source>Public network (real USDC)</source>
        <translation>Red pública (USDC real)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Payment window</source>
        <translation>Plazo de pago</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Checking the account and saving…</source>
        <translation>Comprobando la cuenta y guardando…</translation>
    </message>
    <message>
        <source>{error} Nothing was saved.</source>
        <translation>{error} No se ha guardado nada.</translation>
    </message>
    <message>
        <source>{error} Go back to the webhook page to choose the file store, or leave the URL empty.</source>
        <translation>{error} Vuelva a la página del webhook para elegir el almacén del archivo, o deje la URL vacía.</translation>
    </message>
</context>
<context>
    <name>SaleDetailsDialog</name>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>partially refunded</source>
        <translation>reembolsado en parte</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>Stellar public network</source>
        <translation>Red pública de Stellar</translation>
    </message>
    <message>
        <source>Stellar testnet</source>
        <translation>Red de pruebas de Stellar</translation>
    </message>
    <message>
        <source>Sale {id}</source>
        <translation>Venta {id}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Sale id (memo)</source>
        <translation>Id de venta (memo)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Pagada el</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>USDC a pagar</translation>
    </message>
    <message>
        <source>{received}  (overpaid {overpaid})</source>
        <translation>{received}  (en exceso {overpaid})</translation>
    </message>
    <message>
        <source>{received}  ({short} short)</source>
        <translation>{received}  (faltan {short})</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recibidos</translation>
    </message>
    <message>
        <source>{amount} {method}</source>
        <translation>{amount} en {method}</translation>
    </message>
    <message>
        <source>Rest taken</source>
        <translation>Resto cobrado</translation>
    </message>
    <message>
        <source>{amount} {state}</source>
        <translation>{amount} {state}</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>{usdc} USDC ({fiat}), {marker}</source>
        <translation>{usdc} USDC ({fiat}), {marker}</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Cashier / terminal</source>
        <translation>Cajero / terminal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Quoted at</source>
        <translation>Cotizado el</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Rate quote used</source>
        <translation>Cotización usada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Importe (USDC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Webhook event / attempt</source>
        <translation>Evento / intento del webhook</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message numerus="yes">
        <source>{state} (%n attempt(s))</source>
        <translation>
            <numerusform>{state} (%n intento)</numerusform>
            <numerusform>{state} (%n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>{duration} ms {error}</source>
        <translation>{duration} ms {error}</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>intento</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Payments ({count})</source>
        <translation>Pagos ({count})</translation>
    </message>
    <message>
        <source>Payments (0) — none received</source>
        <translation>Pagos (0): no se recibió ninguno</translation>
    </message>
    <message>
        <source>Webhook deliveries ({count})</source>
        <translation>Entregas del webhook ({count})</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Partly paid: {received} USDC received, {rest} still to settle.</source>
        <translation>Pagada en parte: {received} USDC recibidos, quedan {rest} por liquidar.</translation>
    </message>
    <message>
        <source>Take the rest ({rest}) in cash</source>
        <translation>Cobrar el resto ({rest}) en efectivo</translation>
    </message>
    <message>
        <source>Take the rest ({rest}) by card</source>
        <translation>Cobrar el resto ({rest}) con tarjeta</translation>
    </message>
    <message>
        <source>Give back {received} USDC (queue refund)</source>
        <translation>Devolver {received} USDC (poner reembolso en cola)</translation>
    </message>
    <message>
        <source>Settled: the rest {amount} taken by {method}. The sale is paid.</source>
        <translation>Liquidada: el resto, {amount}, se cobró en {method}. La venta está pagada.</translation>
    </message>
    <message>
        <source>Cancelled: {received} USDC queued for refund.</source>
        <translation>Cancelada: {received} USDC en cola para reembolso.</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>No realizado: {error}</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>{tax} ({rate} %)</source>
        <translation>{tax} ({rate} %)</translation>
    </message>
    <message>
        <source>Subtotal {amount}</source>
        <translation>Subtotal {amount}</translation>
    </message>
    <message>
        <source>discount −{amount}</source>
        <translation>descuento −{amount}</translation>
    </message>
    <message>
        <source>tax {amount}</source>
        <translation>impuesto {amount}</translation>
    </message>
    <message>
        <source>tip {amount}</source>
        <translation>propina {amount}</translation>
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
        <translation>VENTA ACTUAL</translation>
    </message>
    <message>
        <source>Ready for the next sale</source>
        <translation>Listo para la siguiente venta</translation>
    </message>
    <message>
        <source>Key the amount, then press Enter or Charge.</source>
        <translation>Teclee el importe y pulse Enter o Cobrar.</translation>
    </message>
    <message>
        <source>What the customer display shows</source>
        <translation>Lo que muestra la pantalla del cliente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>A pagar</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Caduca en</translation>
    </message>
    <message>
        <source>Press any digit to start the next sale.</source>
        <translation>Pulse cualquier dígito para iniciar la siguiente venta.</translation>
    </message>
    <message>
        <source>Cancel sale  (Esc)</source>
        <translation>Cancelar venta  (Esc)</translation>
    </message>
    <message>
        <source>Rest in cash  (F2)</source>
        <translation>Resto en efectivo  (F2)</translation>
    </message>
    <message>
        <source>Rest by card  (F3)</source>
        <translation>Resto con tarjeta  (F3)</translation>
    </message>
    <message>
        <source>Give back  (F4)</source>
        <translation>Devolver  (F4)</translation>
    </message>
    <message>
        <source>Park sale  (F8)</source>
        <translation>Aparcar venta  (F8)</translation>
    </message>
    <message>
        <source>{received} of {due} received. Take the rest another way, give it back, or park the sale for the next customer.</source>
        <translation>{received} de {due} recibidos. Cobre el resto de otra forma, devuélvalo o aparque la venta para atender al siguiente cliente.</translation>
    </message>
    <message>
        <source>{received} of {due} received before the time ran out: take the rest another way, or give it back.</source>
        <translation>{received} de {due} recibidos antes de que se acabara el tiempo: cobre el resto de otra forma o devuélvalo.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Last sale: {amount} · {state} at {time}</source>
        <translation>Última venta: {amount} · {state} a las {time}</translation>
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
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Memo {memo}</source>
        <translation>Memo {memo}</translation>
    </message>
    <message>
        <source>time is up, checking…</source>
        <translation>se acabó el tiempo, comprobando…</translation>
    </message>
    <message>
        <source>✓  Paid  {amount}</source>
        <translation>✓  Pagado  {amount}</translation>
    </message>
    <message>
        <source>Expired: the customer did not pay in time</source>
        <translation>Caducada: el cliente no pagó a tiempo</translation>
    </message>
    <message>
        <source>{received} received: take the rest another way or give it back (below).</source>
        <translation>{received} recibidos: cobre el resto de otra forma o devuélvalo (abajo).</translation>
    </message>
    <message>
        <source>Nothing was received.</source>
        <translation>No se recibió nada.</translation>
    </message>
    <message>
        <source>Sale cancelled: given back</source>
        <translation>Venta cancelada: devuelto</translation>
    </message>
    <message>
        <source>{received} queued for refund to the customer.</source>
        <translation>{received} en cola para reembolsar al cliente.</translation>
    </message>
    <message>
        <source>Sale cancelled</source>
        <translation>Venta cancelada</translation>
    </message>
    <message>
        <source>{received}  ·  tx {hash}</source>
        <translation>{received}  ·  tx {hash}</translation>
    </message>
    <message>
        <source>+  {amount} cash</source>
        <translation>+  {amount} en efectivo</translation>
    </message>
    <message>
        <source>+  {amount} card</source>
        <translation>+  {amount} con tarjeta</translation>
    </message>
    <message>
        <source>+  {amount} {way}</source>
        <translation>+  {amount} {way}</translation>
    </message>
    <message>
        <source>Overpaid {amount}</source>
        <translation>Pagado en exceso {amount}</translation>
    </message>
</context>
<context>
    <name>SalesChartView</name>
    <message>
        <source>{measure} per hour</source>
        <translation>{measure} por hora</translation>
    </message>
    <message>
        <source>{measure} per day</source>
        <translation>{measure} por día</translation>
    </message>
    <message>
        <source>{measure} per month</source>
        <translation>{measure} por mes</translation>
    </message>
    <message>
        <source>Chart measure</source>
        <translation>Medida del gráfico</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Sales ({currency})</source>
        <translation>Ventas ({currency})</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recibidos</translation>
    </message>
    <message>
        <source>Number of paid sales</source>
        <translation>Número de ventas pagadas</translation>
    </message>
    <message>
        <source>Sales — nothing in this period</source>
        <translation>Ventas: nada en este periodo</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>millones</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>miles</translation>
    </message>
</context>
<context>
    <name>SalesFields</name>
    <message>
        <source>Prices include tax</source>
        <translation>Los precios incluyen impuestos</translation>
    </message>
    <message>
        <source>Tax is added to prices</source>
        <translation>El impuesto se suma a los precios</translation>
    </message>
    <message>
        <source>Offer tips on the customer display</source>
        <translation>Ofrecer propinas en la pantalla del cliente</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Tip choices (%)</source>
        <translation>Opciones de propina (%)</translation>
    </message>
    <message>
        <source>Discount a cashier may give alone (%)</source>
        <translation>Descuento que un cajero puede dar por sí solo (%)</translation>
    </message>
    <message>
        <source>Ask to confirm sales above (USDC)</source>
        <translation>Pedir confirmación en ventas superiores a (USDC)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>tx</source>
        <translation>tx</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>pagador</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Double-click a sale for its payments and webhook deliveries</source>
        <translation>Doble clic en una venta para ver sus pagos y entregas del webhook</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Z-report…</source>
        <translation>Informe Z…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>UTF-8 BOM (Excel)</source>
        <translation>UTF-8 BOM (Excel)</translation>
    </message>
    <message>
        <source>Start the file with a byte-order mark so Excel reads UTF-8</source>
        <translation>Empezar el archivo con una marca de orden de bytes para que Excel lea UTF-8</translation>
    </message>
    <message>
        <source>Exporting sales…</source>
        <translation>Exportando ventas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exporting sales… {rows} rows</source>
        <translation>
            <numerusform>Exportando ventas… {rows} fila</numerusform>
            <numerusform>Exportando ventas… {rows} filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {rows} sales to {path}</source>
        <translation>
            <numerusform>{rows} venta exportada a {path}</numerusform>
            <numerusform>{rows} ventas exportadas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Exportación cancelada; no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Error al exportar: {error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>No se pudo cargar: {error}</translation>
    </message>
    <message>
        <source>Export sales as CSV</source>
        <translation>Exportar ventas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} sales (scroll for more)</source>
        <translation>
            <numerusform>Mostrando {loaded} venta (desplácese para ver más)</numerusform>
            <numerusform>Mostrando {loaded} ventas (desplácese para ver más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} sales</source>
        <translation>
            <numerusform>Mostrando {loaded} venta</numerusform>
            <numerusform>Mostrando {loaded} ventas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} of {total} sales</source>
        <translation>
            <numerusform>Mostrando {loaded} de {total} venta</numerusform>
            <numerusform>Mostrando {loaded} de {total} ventas</numerusform>
        </translation>
    </message>
    <message>
        <source>search by {kind}</source>
        <translation>buscar por {kind}</translation>
    </message>
    <message>
        <source>double-click a sale for details</source>
        <translation>doble clic en una venta para ver los detalles</translation>
    </message>
</context>
<context>
    <name>SalesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>USDC a pagar</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recibidos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>No ordenable</translation>
    </message>
</context>
<context>
    <name>SecretReveal</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Shown only now: paste it into your backend&apos;s webhook settings. posapp keeps it in the OS keyring (never in its database) and will not show it again.</source>
        <translation>Solo se muestra ahora: péguelo en la configuración de webhooks de su backend. posapp lo guarda en el llavero del sistema (nunca en su base de datos) y no volverá a mostrarlo.</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>merchant account</source>
        <translation>cuenta del comercio</translation>
    </message>
    <message>
        <source>Horizon address</source>
        <translation>dirección de Horizon</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>tolerancia</translation>
    </message>
    <message>
        <source>monitoring window</source>
        <translation>ventana de supervisión</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Check account</source>
        <translation>Comprobar cuenta</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Network &amp;&amp; account</source>
        <translation>Red &amp;&amp; cuenta</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>Sales &amp;&amp; items</source>
        <translation>Ventas &amp;&amp; artículos</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Loading settings…</source>
        <translation>Cargando la configuración…</translation>
    </message>
    <message>
        <source>e.g. x-cg-demo-api-key</source>
        <translation>p. ej. x-cg-demo-api-key</translation>
    </message>
    <message>
        <source>kept in the OS keyring; leave empty to keep or remove</source>
        <translation>se guarda en el llavero del sistema; déjelo vacío para conservarla o eliminarla</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>API key for the live rate (optional)</source>
        <translation>Clave de API para el tipo de cambio en vivo (opcional)</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Cabecera:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merchant account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cuenta del comercio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A new network or account is looked up on Horizon when you save; the watcher starts reading it from its newest payment.</source>
        <translation>Al guardar, se busca en Horizon la nueva red o cuenta; el vigilante empieza a leerla desde su pago más reciente.</translation>
    </message>
    <message>
        <source>Create a new secret…</source>
        <translation>Crear un nuevo secreto…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing secret&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secreto de firma&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A new secret replaces the old one; the old one keeps signing for 24 hours so your backend can switch without missing an event.</source>
        <translation>Un nuevo secreto sustituye al anterior; el anterior sigue firmando durante 24 horas para que su backend pueda cambiar sin perder ningún evento.</translation>
    </message>
    <message>
        <source>Several counters on one database share these settings; a counter can use its own printer with POSAPP_RECEIPT_PRINTER (e.g. tcp://192.168.1.51:9100).</source>
        <translation>Varias cajas con una misma base de datos comparten esta configuración; una caja puede usar su propia impresora con POSAPP_RECEIPT_PRINTER (p. ej. tcp://192.168.1.51:9100).</translation>
    </message>
    <message>
        <source>Lock the counter after:</source>
        <translation>Bloquear la caja tras:</translation>
    </message>
    <message>
        <source>With no key press or touch for this long, posapp returns to the sign-in screen. After 5 wrong PINs a user is locked, for longer after each further wrong PIN; an admin can unlock them on the Users tab.</source>
        <translation>Sin pulsar ninguna tecla ni tocar la pantalla durante este tiempo, posapp vuelve a la pantalla de inicio de sesión. Tras 5 PIN incorrectos se bloquea al usuario, cada vez más tiempo con cada PIN incorrecto adicional; un administrador puede desbloquearlo en la pestaña Usuarios.</translation>
    </message>
    <message>
        <source>A secret is set. Kept in: {store}</source>
        <translation>Hay un secreto configurado. Guardado en: {store}</translation>
    </message>
    <message>
        <source>No secret yet. Kept in: {store}</source>
        <translation>Aún no hay secreto. Guardado en: {store}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring.</source>
        <translation>Hay una clave guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved. The counter uses them from the next sale (a new network, merchant account, Horizon address or currency needs a restart of posapp).</source>
        <translation>Guardado. La caja la aplica a partir de la próxima venta (un cambio de red, cuenta del comercio, dirección de Horizon o moneda requiere reiniciar posapp).</translation>
    </message>
    <message>
        <source>Still to do: {warning}</source>
        <translation>Pendiente: {warning}</translation>
    </message>
    <message>
        <source>The new language shows after posapp restarts.</source>
        <translation>El nuevo idioma se aplica al reiniciar posapp.</translation>
    </message>
    <message>
        <source>A secret is set (shown below once).</source>
        <translation>Hay un secreto configurado (se muestra abajo una sola vez).</translation>
    </message>
    <message>
        <source>Creating a new secret…</source>
        <translation>Creando un nuevo secreto…</translation>
    </message>
    <message>
        <source>New secret created (shown below once). The old one works 24 h more.</source>
        <translation>Nuevo secreto creado (se muestra abajo una sola vez). El anterior funciona 24 h más.</translation>
    </message>
    <message>
        <source>New webhook secret created.</source>
        <translation>Nuevo secreto del webhook creado.</translation>
    </message>
    <message>
        <source>Only used with a live rate source.</source>
        <translation>Solo se usa con una fuente de tipo de cambio en vivo.</translation>
    </message>
    <message>
        <source>Key saved for {source} (in the OS keyring).</source>
        <translation>Clave guardada para {source} (en el llavero del sistema).</translation>
    </message>
    <message>
        <source>Key removed for {source} (in the OS keyring).</source>
        <translation>Clave eliminada para {source} (en el llavero del sistema).</translation>
    </message>
    <message>
        <source>Saving the API key…</source>
        <translation>Guardando la clave de API…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up posapp</source>
        <translation>Configurar posapp</translation>
    </message>
    <message>
        <source>Settings from {source} are filled in. Check them on each page, then create the first administrator.</source>
        <translation>Se han rellenado los ajustes de {source}. Revíselos en cada página y después cree el primer administrador.</translation>
    </message>
    <message>
        <source>Start using posapp</source>
        <translation>Empezar a usar posapp</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <source>Fixed rate</source>
        <translation>Tipo de cambio fijo</translation>
    </message>
    <message>
        <source>Live rate from</source>
        <translation>Tipo de cambio en vivo de</translation>
    </message>
    <message>
        <source>a known source, or the base URL of a CoinGecko-style API</source>
        <translation>una fuente conocida o la URL base de una API tipo CoinGecko</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>% added to the USDC due</source>
        <translation>% añadido a los USDC a pagar</translation>
    </message>
    <message>
        <source>USDC short still counts as paid (never over 1 % of a sale)</source>
        <translation>USDC de menos aún cuenta como pagada (nunca más del 1 % de una venta)</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Nombre de la tienda:</translation>
    </message>
    <message>
        <source>This counter:</source>
        <translation>Esta caja:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Tipo de cambio:</translation>
    </message>
    <message>
        <source>Spread:</source>
        <translation>Margen:</translation>
    </message>
    <message>
        <source>Time to pay:</source>
        <translation>Plazo para pagar:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolerancia:</translation>
    </message>
    <message>
        <source>{currency} per 1 USDC</source>
        <translation>{currency} por 1 USDC</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Su tienda</translation>
    </message>
    <message>
        <source>How prices become USDC: the rate, an optional spread, and how long a customer has to pay.</source>
        <translation>Cómo se convierten los precios a USDC: el tipo de cambio, un margen opcional y cuánto tiempo tiene el cliente para pagar.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This counter has no administrator yet. Create one in a terminal:
posapp --data-dir {data_dir} users add NAME --role admin</source>
        <translation>Esta caja aún no tiene administrador. Cree uno en una terminal:
posapp --data-dir {data_dir} users add NAME --role admin</translation>
    </message>
    <message>
        <source>posapp is already running</source>
        <translation>posapp ya se está ejecutando</translation>
    </message>
    <message>
        <source>posapp is already running on this computer for the data dir {data_dir}.
Its window was brought forward: use that one.</source>
        <translation>posapp ya se está ejecutando en este equipo para la carpeta de datos {data_dir}.
Se ha traído su ventana al frente: use esa.</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <source>posapp is not set up yet</source>
        <translation>posapp aún no está configurado</translation>
    </message>
    <message>
        <source>&lt;b&gt;This counter is not set up yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ask your administrator to run, in a terminal:&lt;br&gt;&lt;pre&gt;{command}&lt;/pre&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;&lt;br&gt;(A setup wizard will do this from here in a later version.) Try &lt;code&gt;posapp --demo&lt;/code&gt; to see posapp on a built-in test network.</source>
        <translation>&lt;b&gt;Esta caja aún no está configurada.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Pida a su administrador que ejecute, en una terminal:&lt;br&gt;&lt;pre&gt;{command}&lt;/pre&gt;Carpeta de datos: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;&lt;br&gt;(En una versión futura, un asistente de configuración lo hará desde aquí.) Pruebe &lt;code&gt;posapp --demo&lt;/code&gt; para ver posapp en una red de pruebas integrada.</translation>
    </message>
    <message>
        <source>posapp cannot start</source>
        <translation>posapp no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <source>Waiting for payment</source>
        <translation>Esperando pago</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Pagada en parte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Pagada tarde</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired, partly paid</source>
        <translation>Caducada, pagada en parte</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>USDC at the counter</source>
        <translation>USDC en la caja</translation>
    </message>
</context>
<context>
    <name>StrayNotices</name>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it came without a memo, so it names no sale.</source>
        <translation>Un pago de {amount} de {who} no liquidó ninguna venta: llegó sin memo, así que no indica ninguna venta.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: its memo {memo} names no sale.</source>
        <translation>Un pago de {amount} de {who} no liquidó ninguna venta: su memo {memo} no corresponde a ninguna venta.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: its memo names no sale of this shop.</source>
        <translation>Un pago de {amount} de {who} no liquidó ninguna venta: su memo no corresponde a ninguna venta de esta tienda.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it paid a sale that was cancelled.</source>
        <translation>Un pago de {amount} de {who} no liquidó ninguna venta: pagó una venta que estaba cancelada.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it arrived long after its sale expired.</source>
        <translation>Un pago de {amount} de {who} no liquidó ninguna venta: llegó mucho después de que caducara su venta.</translation>
    </message>
    <message>
        <source>Fake USDC refused: {amount} from {who} (tx {tx}) came from an unknown issuer: it is not real USDC and was never credited. The owner sees it in the history&apos;s unmatched payments.</source>
        <translation>USDC falso rechazado: {amount} de {who} (tx {tx}) procede de un emisor desconocido: no es USDC real y nunca se abonó. El propietario lo ve en los pagos no asignados del historial.</translation>
    </message>
    <message>
        <source>Overpaid: {extra} more than the sale asked for (payment of {amount} from {who}). The owner can give it back from the history.</source>
        <translation>Pagado en exceso: {extra} más de lo que pedía la venta (pago de {amount} de {who}). El propietario puede devolverlo desde el historial.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale.</source>
        <translation>Un pago de {amount} de {who} no liquidó ninguna venta.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: {reason}.</source>
        <translation>Un pago de {amount} de {who} no liquidó ninguna venta: {reason}.</translation>
    </message>
    <message>
        <source>Attach to this sale</source>
        <translation>Asociar a esta venta</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagadas</translation>
    </message>
    <message>
        <source>Sales value</source>
        <translation>Valor de ventas</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recibidos</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Venta media</translation>
    </message>
    <message numerus="yes">
        <source>{unpaid} not (yet) paid</source>
        <translation>
            <numerusform>{unpaid} no pagada (aún)</numerusform>
            <numerusform>{unpaid} no pagadas (aún)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid and late sales, per currency, net of refunds</source>
        <translation>Ventas pagadas y tardías, por moneda, descontados los reembolsos</translation>
    </message>
    <message>
        <source>Given back by refunds: {refunded} USDC; before refunds the sales were {sales}</source>
        <translation>Devuelto mediante reembolsos: {refunded} USDC; antes de los reembolsos, las ventas eran {sales}</translation>
    </message>
    <message>
        <source>Includes partial payments and overpayments; {net} after refunds</source>
        <translation>Incluye pagos parciales y pagos en exceso; {net} después de reembolsos</translation>
    </message>
    <message>
        <source>Per paid sale</source>
        <translation>Por venta pagada</translation>
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
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Importe (USDC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Why unmatched</source>
        <translation>Por qué no está asignado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{overpaid} USDC more than sale {sale} asked for (payment of {amount}): refund it to the payer</source>
        <translation>{overpaid} USDC más de lo que pedía la venta {sale} (pago de {amount}): reembólselo al pagador</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Pagado en exceso</translation>
    </message>
</context>
<context>
    <name>UnmatchedTab</name>
    <message>
        <source>Webhook: {events}</source>
        <translation>Webhook: {events}</translation>
    </message>
    <message>
        <source>Webhook: none</source>
        <translation>Webhook: ninguno</translation>
    </message>
    <message>
        <source>Attach {amount} USDC from {payer}
to sale {sale} ({price}, due {due} USDC, received so far {received})?</source>
        <translation>¿Asociar {amount} USDC de {payer}
a la venta {sale} ({price}, a pagar {due} USDC, recibidos hasta ahora {received})?</translation>
    </message>
    <message>
        <source>The sale becomes {status} with {received} USDC received.</source>
        <translation>La venta pasa a {status} con {received} USDC recibidos.</translation>
    </message>
    <message>
        <source>This is recorded in the audit log and cannot be undone.</source>
        <translation>Esto queda registrado en el registro de auditoría y no se puede deshacer.</translation>
    </message>
    <message>
        <source>Attach to a sale…</source>
        <translation>Asociar a una venta…</translation>
    </message>
    <message>
        <source>Mark for refund…</source>
        <translation>Marcar para reembolso…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <source>Prepare the refund transaction and sign it with your wallet&apos;s QR scanner</source>
        <translation>Preparar la transacción de reembolso y firmarla con el lector QR de su billetera</translation>
    </message>
    <message>
        <source>Copy payer address</source>
        <translation>Copiar dirección del pagador</translation>
    </message>
    <message>
        <source>Show attached and refunded</source>
        <translation>Mostrar asociados y reembolsados</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>USDC that reached the shop&apos;s account without a memo naming a sale (or for a cancelled sale). Nothing is ever assigned by amount: attach a payment to its sale, or mark it to be refunded from your wallet. Overpaid: money beyond what a sale asked for, to send back to the payer from your wallet.</source>
        <translation>USDC que llegaron a la cuenta de la tienda sin un memo que indique una venta (o para una venta cancelada). Nunca se asigna nada por importe: asocie cada pago a su venta o márquelo para reembolsarlo desde su billetera. Pagado en exceso: dinero por encima de lo que pedía una venta, para devolverlo al pagador desde su billetera.</translation>
    </message>
    <message>
        <source>Could not load unmatched payments: {error}</source>
        <translation>No se pudieron cargar los pagos no asignados: {error}</translation>
    </message>
    <message>
        <source>Attach payment?</source>
        <translation>¿Asociar el pago?</translation>
    </message>
    <message>
        <source>Mark for refund</source>
        <translation>Marcar para reembolso</translation>
    </message>
    <message>
        <source>Refund {amount} USDC to {payer}?
posapp holds no key: send it back from your wallet.
Note (optional):</source>
        <translation>¿Reembolsar {amount} USDC a {payer}?
posapp no tiene ninguna clave: devuélvalo desde su billetera.
Nota (opcional):</translation>
    </message>
    <message>
        <source>Attached {amount} USDC to {sale}: {status}</source>
        <translation>{amount} USDC asociados a {sale}: {status}</translation>
    </message>
    <message>
        <source>Marked {amount} USDC for refund</source>
        <translation>{amount} USDC marcados para reembolso</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>PIN: 4 to 8 digits (not 0000 or 1234). Password: 8 to 72 characters.</source>
        <translation>PIN: de 4 a 8 dígitos (no 0000 ni 1234). Contraseña: de 8 a 72 caracteres.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Nuevo PIN o contraseña:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>PIN o contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Make cashier</source>
        <translation>Hacer cajero</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Hacer propietario</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>Hacer administrador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Restablecer PIN…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Bloqueado hasta las {time}</translation>
    </message>
    <message numerus="yes">
        <source>{state} · %n wrong PIN(s)</source>
        <translation>
            <numerusform>{state} · %n PIN incorrecto</numerusform>
            <numerusform>{state} · %n PIN incorrectos</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · you</source>
        <translation>{status} · usted</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Saved ({name}).</source>
        <translation>Guardado ({name}).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Añadiendo a {name}…</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>Nuevo PIN para {name}</translation>
    </message>
    <message>
        <source>Setting a new PIN for {name}…</source>
        <translation>Estableciendo un nuevo PIN para {name}…</translation>
    </message>
    <message>
        <source>Changing {name}&apos;s role…</source>
        <translation>Cambiando el rol de {name}…</translation>
    </message>
    <message>
        <source>Disabling {name}…</source>
        <translation>Desactivando a {name}…</translation>
    </message>
    <message>
        <source>Enabling {name}…</source>
        <translation>Activando a {name}…</translation>
    </message>
    <message>
        <source>Unlocking {name}…</source>
        <translation>Desbloqueando a {name}…</translation>
    </message>
</context>
<context>
    <name>WebhookFields</name>
    <message>
        <source>https://your-backend.example/posapp-webhook  (optional)</source>
        <translation>https://your-backend.example/posapp-webhook  (opcional)</translation>
    </message>
    <message>
        <source>Keep the webhook secret in a file in the data folder instead (readable only by this Windows/macOS/Linux user)</source>
        <translation>Guardar el secreto del webhook en un archivo de la carpeta de datos (legible solo por este usuario de Windows/macOS/Linux)</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL del endpoint:</translation>
    </message>
    <message>
        <source>No usable OS keyring ({problem}). posapp keeps secrets only in the keyring unless you allow a file: install and unlock a keyring (e.g. gnome-keyring, KWallet), or tick the box below.</source>
        <translation>No hay un llavero del sistema utilizable ({problem}). posapp guarda los secretos solo en el llavero salvo que permita un archivo: instale y desbloquee un llavero (p. ej. gnome-keyring, KWallet) o marque la casilla de abajo.</translation>
    </message>
</context>
<context>
    <name>WebhookIndicator</name>
    <message>
        <source>⚠ Webhooks: %n waiting, {given_up} not delivered · {problem}</source>
        <translation>⚠ Webhooks: %n en espera, {given_up} sin entregar · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting, {given_up} not delivered</source>
        <translation>⚠ Webhooks: %n en espera, {given_up} sin entregar</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting · {problem}</source>
        <translation>⚠ Webhooks: %n en espera · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting</source>
        <translation>⚠ Webhooks: %n en espera</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending, %n not delivered · {problem}</source>
        <translation>⚠ Webhooks: sin envío, %n sin entregar · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending, %n not delivered</source>
        <translation>⚠ Webhooks: sin envío, %n sin entregar</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending · {problem}</source>
        <translation>⚠ Webhooks: sin envío · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending</source>
        <translation>⚠ Webhooks: sin envío</translation>
    </message>
    <message>
        <source>Webhook events waiting to reach your backend: {waiting} ({retrying} after a failed attempt)</source>
        <translation>Eventos de webhook en espera de llegar a su backend: {waiting} ({retrying} tras un intento fallido)</translation>
    </message>
    <message>
        <source>Webhook events waiting to reach your backend: {waiting}</source>
        <translation>Eventos de webhook en espera de llegar a su backend: {waiting}</translation>
    </message>
    <message>
        <source>Not delivered after every retry, or refused: {given_up} (send them again with `posapp webhooks replay`)</source>
        <translation>No entregados tras todos los reintentos, o rechazados: {given_up} (vuelva a enviarlos con `posapp webhooks replay`)</translation>
    </message>
    <message>
        <source>Sending is stopped: {reason}</source>
        <translation>El envío está detenido: {reason}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Último error: {error}</translation>
    </message>
    <message>
        <source>Waiting events are retried automatically; sales are not affected.</source>
        <translation>Los eventos en espera se reintentan automáticamente; las ventas no se ven afectadas.</translation>
    </message>
</context>
<context>
    <name>WebhookPage</name>
    <message>
        <source>Tell your backend about payments (optional)</source>
        <translation>Informe a su backend de los pagos (opcional)</translation>
    </message>
    <message>
        <source>posapp can send each paid, expired or cancelled sale to your own server, signed with a secret (Standard Webhooks). Leave empty if you do not have one.</source>
        <translation>posapp puede enviar cada venta pagada, caducada o cancelada a su propio servidor, firmada con un secreto (Standard Webhooks). Déjelo vacío si no tiene uno.</translation>
    </message>
    <message>
        <source>A new signing secret is created when you finish and shown once, with a copy button. It is kept in the OS keyring, never in posapp&apos;s database.</source>
        <translation>Al terminar se crea un nuevo secreto de firma, que se muestra una sola vez con un botón para copiarlo. Se guarda en el llavero del sistema, nunca en la base de datos de posapp.</translation>
    </message>
</context>
<context>
    <name>ZReport</name>
    <message>
        <source>cashier {name}</source>
        <translation>cajero {name}</translation>
    </message>
    <message>
        <source>terminal {name}</source>
        <translation>terminal {name}</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagadas</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tardías</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parciales</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Fiat sales</source>
        <translation>Ventas en moneda local</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recibidos</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Todos los cajeros</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>Todos los terminales</translation>
    </message>
    <message>
        <source>{shop} — Z-report</source>
        <translation>{shop} — informe Z</translation>
    </message>
    <message>
        <source>Unmatched USDC payments received this day: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC); still to resolve: &lt;b&gt;{unresolved}&lt;/b&gt;.</source>
        <translation>Pagos en USDC no asignados recibidos este día: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC); pendientes de resolver: &lt;b&gt;{unresolved}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Overpaid: payments beyond what their sale asked for: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC to refund to the payers).</source>
        <translation>Pagos en exceso: pagos por encima de lo que pedía su venta: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC por reembolsar a los pagadores).</translation>
    </message>
    <message>
        <source>Partly paid sales settled at the counter: the rest taken another way: &lt;b&gt;{settled}&lt;/b&gt;; given back (queued for refund): &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC).</source>
        <translation>Ventas pagadas en parte liquidadas en la caja: el resto cobrado de otra forma: &lt;b&gt;{settled}&lt;/b&gt;; devueltas (en cola para reembolso): &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC).</translation>
    </message>
    <message>
        <source>Made {when} by {who}. Fiat sales count paid and late sales; USDC received includes partial payments.</source>
        <translation>Generado {when} por {who}. Las ventas en moneda local cuentan las ventas pagadas y tardías; los USDC recibidos incluyen pagos parciales.</translation>
    </message>
    <message>
        <source>cash {amount} ({count} sales)</source>
        <translation>efectivo {amount} ({count} ventas)</translation>
    </message>
    <message>
        <source>card {amount} ({count} sales)</source>
        <translation>tarjeta {amount} ({count} ventas)</translation>
    </message>
    <message>
        <source>cash {amount} (1 sale)</source>
        <translation>efectivo {amount} (1 venta)</translation>
    </message>
    <message>
        <source>card {amount} (1 sale)</source>
        <translation>tarjeta {amount} (1 venta)</translation>
    </message>
    <message>
        <source>Refunds of this day&apos;s sales: &lt;b&gt;{refunded}&lt;/b&gt;; net sales: &lt;b&gt;{net}&lt;/b&gt;.</source>
        <translation>Reembolsos de las ventas de este día: &lt;b&gt;{refunded}&lt;/b&gt;; ventas netas: &lt;b&gt;{net}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Refunds sent this day: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC)</source>
        <translation>Reembolsos enviados este día: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC)</translation>
    </message>
    <message>
        <source>{who} (approved by {approver})</source>
        <translation>{who} (aprobado por {approver})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Sale / payment</source>
        <translation>Venta / pago</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>Ventas por artículo</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Ventas por categoría</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Propinas</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Tax collected, tips and discounts by cashier</source>
        <translation>Impuestos recaudados, propinas y descuentos por cajero</translation>
    </message>
</context>
<context>
    <name>ZReportDialog</name>
    <message>
        <source>End-of-day report (Z)</source>
        <translation>Informe de cierre del día (Z)</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Todos los cajeros</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>Todos los terminales</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Could not build the report: {error}</source>
        <translation>No se pudo generar el informe: {error}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Save Z-report</source>
        <translation>Guardar informe Z</translation>
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
        <translation>un descuento es un porcentaje o un importe, no ambos</translation>
    </message>
    <message>
        <source>a discount percentage is between 0 and 100</source>
        <translation>un porcentaje de descuento está entre 0 y 100</translation>
    </message>
    <message>
        <source>a discount cannot be negative</source>
        <translation>un descuento no puede ser negativo</translation>
    </message>
    <message>
        <source>a tip is either a percentage or an amount</source>
        <translation>una propina es un porcentaje o un importe, no ambos</translation>
    </message>
    <message>
        <source>a tip percentage is between 0 and 100</source>
        <translation>un porcentaje de propina está entre 0 y 100</translation>
    </message>
    <message>
        <source>a tip cannot be negative</source>
        <translation>una propina no puede ser negativa</translation>
    </message>
    <message>
        <source>a quantity is a whole number</source>
        <translation>una cantidad es un número entero</translation>
    </message>
    <message>
        <source>a quantity is between 1 and {limit}</source>
        <translation>una cantidad está entre 1 y {limit}</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>un precio no puede ser negativo</translation>
    </message>
    <message>
        <source>a tax rate is between 0 and 100 %</source>
        <translation>un tipo de impuesto está entre 0 y 100 %</translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation>el carrito está vacío</translation>
    </message>
    <message>
        <source>a cart holds at most {limit} lines</source>
        <translation>un carrito admite como máximo {limit} líneas</translation>
    </message>
    <message>
        <source>an amount has more than {places} decimal places for this currency</source>
        <translation>un importe tiene más de {places} decimales para esta moneda</translation>
    </message>
    <message>
        <source>the catalog was not imported: {problems}; and {more} more</source>
        <translation>el catálogo no se importó: {problems}; y {more} más</translation>
    </message>
    <message>
        <source>the catalog was not imported: {problems}</source>
        <translation>el catálogo no se importó: {problems}</translation>
    </message>
    <message>
        <source>sku must be 1 to 64 printable characters</source>
        <translation>sku debe tener de 1 a 64 caracteres imprimibles</translation>
    </message>
    <message>
        <source>name must be 1 to 120 characters</source>
        <translation>name debe tener de 1 a 120 caracteres</translation>
    </message>
    <message>
        <source>price: {error}</source>
        <translation>price: {error}</translation>
    </message>
    <message>
        <source>tax_rate {tax_rate!r} is not a number</source>
        <translation>tax_rate {tax_rate!r} no es un número</translation>
    </message>
    <message>
        <source>tax_rate must be between 0 and 100 (percent)</source>
        <translation>tax_rate debe estar entre 0 y 100 (por ciento)</translation>
    </message>
    <message>
        <source>barcode must be at most 64 printable characters</source>
        <translation>barcode debe tener como máximo 64 caracteres imprimibles</translation>
    </message>
    <message>
        <source>enabled {enabled!r} is not yes or no</source>
        <translation>enabled {enabled!r} no es yes ni no</translation>
    </message>
    <message>
        <source>currency is empty</source>
        <translation>la moneda está vacía</translation>
    </message>
    <message>
        <source>unknown currency {code!r}: use an ISO code like INR</source>
        <translation>moneda desconocida {code!r}: use un código ISO como INR</translation>
    </message>
    <message>
        <source>{what} is not a valid URL: {url!r}</source>
        <translation>{what} no es una URL válida: {url!r}</translation>
    </message>
    <message>
        <source>{what} must be an https:// URL, got {url!r}</source>
        <translation>{what} debe ser una URL https://, se recibió {url!r}</translation>
    </message>
    <message>
        <source>{what} has no host: {url!r}</source>
        <translation>{what} no tiene host: {url!r}</translation>
    </message>
    <message>
        <source>{what} must use https, not plain http to {origin} (plain http is allowed only to this machine: localhost, 127.0.0.1, ::1)</source>
        <translation>{what} debe usar https, no http simple hacia {origin} (http simple solo se permite hacia este equipo: localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>language must be one of {choices}</source>
        <translation>el idioma debe ser uno de {choices}</translation>
    </message>
    <message>
        <source>unknown language {code}: use one of {choices}</source>
        <translation>idioma desconocido {code}: use uno de {choices}</translation>
    </message>
    <message>
        <source>amount must be a number, not {kind}</source>
        <translation>el importe debe ser un número, no {kind}</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>el importe está vacío</translation>
    </message>
    <message>
        <source>amount {raw!r} is not a number</source>
        <translation>el importe {raw!r} no es un número</translation>
    </message>
    <message>
        <source>amount must be a finite number</source>
        <translation>el importe debe ser un número finito</translation>
    </message>
    <message>
        <source>amount must be greater than zero</source>
        <translation>el importe debe ser mayor que cero</translation>
    </message>
    <message>
        <source>amount has more than {places} decimal places</source>
        <translation>el importe tiene más de {places} decimales</translation>
    </message>
    <message>
        <source>amount is too large (maximum {maximum})</source>
        <translation>el importe es demasiado grande (máximo {maximum})</translation>
    </message>
    <message>
        <source>{amount} has more than 7 decimal places</source>
        <translation>{amount} tiene más de 7 decimales</translation>
    </message>
    <message>
        <source>fiat amount and rate must be greater than zero</source>
        <translation>el importe en moneda local y el tipo de cambio deben ser mayores que cero</translation>
    </message>
    <message>
        <source>spread must be between 0 and 100 percent</source>
        <translation>el margen debe estar entre 0 y 100 por ciento</translation>
    </message>
    <message>
        <source>the USDC due is larger than a Stellar payment can carry</source>
        <translation>los USDC a pagar superan lo que puede llevar un pago de Stellar</translation>
    </message>
    <message>
        <source>amount is out of range</source>
        <translation>el importe está fuera de rango</translation>
    </message>
    <message>
        <source>a cashier</source>
        <translation>un cajero</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>un propietario</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>un administrador</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>cobrar</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancelar</translation>
    </message>
    <message>
        <source>cancel partially paid</source>
        <translation>cancelar una venta pagada en parte</translation>
    </message>
    <message>
        <source>settle other way</source>
        <translation>cobrar el resto de otra forma</translation>
    </message>
    <message>
        <source>view history</source>
        <translation>ver el historial</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportar</translation>
    </message>
    <message>
        <source>attach unmatched</source>
        <translation>asociar pagos sin venta</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolsar</translation>
    </message>
    <message>
        <source>manage webhooks</source>
        <translation>gestionar webhooks</translation>
    </message>
    <message>
        <source>view audit</source>
        <translation>ver la auditoría</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>aprobar</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar la configuración</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gestionar usuarios</translation>
    </message>
    <message>
        <source>manage items</source>
        <translation>gestionar artículos</translation>
    </message>
    <message>
        <source>discount above limit</source>
        <translation>descontar por encima del límite</translation>
    </message>
    <message>
        <source>{name} no longer exists: sign in again</source>
        <translation>{name} ya no existe: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>{name} has been disabled: ask an admin</source>
        <translation>{name} ha sido desactivado: consulte a un administrador</translation>
    </message>
    <message>
        <source>{role} may not {action}</source>
        <translation>{role} no puede {action}</translation>
    </message>
    <message>
        <source>tolerance must be a number of USDC from 0 to 1</source>
        <translation>la tolerancia debe ser un número de USDC de 0 a 1</translation>
    </message>
    <message>
        <source>tolerance must be from 0 to 1 USDC (each sale is also capped at 1 % of its amount)</source>
        <translation>la tolerancia debe ser de 0 a 1 USDC (además, en cada venta se limita al 1 % de su importe)</translation>
    </message>
    <message>
        <source>tolerance has more than 7 decimal places (a stroop is 0.0000001)</source>
        <translation>la tolerancia tiene más de 7 decimales (un stroop es 0.0000001)</translation>
    </message>
    <message>
        <source>rate source name {name!r} must be 1-40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>el nombre de la fuente de tipo de cambio {name!r} debe tener de 1 a 40 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>fixed rates need the time they were set</source>
        <translation>los tipos de cambio fijos necesitan la hora en que se establecieron</translation>
    </message>
    <message>
        <source>API key given for unknown rate source {keys}</source>
        <translation>se indicó una clave de API para una fuente de tipo de cambio desconocida {keys}</translation>
    </message>
    <message>
        <source>{code!r} is not a three-letter currency code</source>
        <translation>{code!r} no es un código de moneda de tres letras</translation>
    </message>
    <message>
        <source>the fixed {currency} rate must be a finite Decimal</source>
        <translation>el tipo de cambio fijo de {currency} debe ser un Decimal finito</translation>
    </message>
    <message>
        <source>{name}: {currency!r} is not a currency code</source>
        <translation>{name}: {currency!r} no es un código de moneda</translation>
    </message>
    <message>
        <source>{name}: no fixed rate set for {code} (set: {known})</source>
        <translation>{name}: no hay tipo de cambio fijo para {code} (establecidos: {known})</translation>
    </message>
    <message>
        <source>rate source {name}: base URL must be http(s)://host[/path] with no query, fragment or credentials</source>
        <translation>fuente de tipo de cambio {name}: la URL base debe ser http(s)://host[/ruta] sin consulta, fragmento ni credenciales</translation>
    </message>
    <message>
        <source>rate source {name}: coin id {coin_id!r} is invalid</source>
        <translation>fuente de tipo de cambio {name}: el id de moneda {coin_id!r} no es válido</translation>
    </message>
    <message>
        <source>rate source {name}: max age and cache time must be positive</source>
        <translation>fuente de tipo de cambio {name}: la antigüedad máxima y el tiempo de caché deben ser positivos</translation>
    </message>
    <message>
        <source>rate source {name}: timeout must be a positive number</source>
        <translation>fuente de tipo de cambio {name}: el tiempo de espera debe ser un número positivo</translation>
    </message>
    <message>
        <source>rate source {name}: API key header needs a name and a key</source>
        <translation>fuente de tipo de cambio {name}: la cabecera de la clave de API necesita un nombre y una clave</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>a median rate source needs at least one source</source>
        <translation>una fuente de tipo de cambio por mediana necesita al menos una fuente</translation>
    </message>
    <message>
        <source>rate source names must differ: {names}</source>
        <translation>los nombres de las fuentes de tipo de cambio deben ser distintos: {names}</translation>
    </message>
    <message>
        <source>min_sources must be between 1 and {count}</source>
        <translation>min_sources debe estar entre 1 y {count}</translation>
    </message>
    <message>
        <source>max_spread_percent must be a Decimal of zero or more</source>
        <translation>max_spread_percent debe ser un Decimal igual o mayor que cero</translation>
    </message>
    <message>
        <source>{name}: answered {answered}, not {currency}</source>
        <translation>{name}: respondió {answered}, no {currency}</translation>
    </message>
    <message>
        <source>{name}: {count} of {total} sources answered for {currency} (need {min_sources}): {detail}</source>
        <translation>{name}: respondieron {count} de {total} fuentes para {currency} (se necesitan {min_sources}): {detail}</translation>
    </message>
    <message>
        <source>{name}: {currency} sources disagree by more than {max_spread}% ({rates})</source>
        <translation>{name}: las fuentes de {currency} difieren en más del {max_spread}% ({rates})</translation>
    </message>
    <message>
        <source>{who} is a {kind}, not a Decimal</source>
        <translation>{who} es un {kind}, no un Decimal</translation>
    </message>
    <message>
        <source>{who} is not a finite number</source>
        <translation>{who} no es un número finito</translation>
    </message>
    <message>
        <source>{who} {rate} is not above zero</source>
        <translation>{who} {rate} no es mayor que cero</translation>
    </message>
    <message>
        <source>{who} {rate} is implausible (expected {low} to {high})</source>
        <translation>{who} {rate} no es plausible (se esperaba de {low} a {high})</translation>
    </message>
    <message>
        <source>{who} is dated {age} in the future (limit {tolerance}); check this computer&apos;s clock</source>
        <translation>{who} tiene fecha {age} en el futuro (límite {tolerance}); revise el reloj de este equipo</translation>
    </message>
    <message>
        <source>{who} is stale: last updated {age} ago (limit {max_age})</source>
        <translation>{who} está desactualizado: última actualización hace {age} (límite {max_age})</translation>
    </message>
    <message>
        <source>rate source {name}: base URL must start with https:// or http://</source>
        <translation>fuente de tipo de cambio {name}: la URL base debe empezar por https:// o http://</translation>
    </message>
    <message>
        <source>rate source {name}: coin id is empty</source>
        <translation>fuente de tipo de cambio {name}: el id de moneda está vacío</translation>
    </message>
    <message>
        <source>{what} must be a Decimal or text, not {kind}</source>
        <translation>{what} debe ser un Decimal o texto, no {kind}</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a number</source>
        <translation>{what} {value!r} no es un número</translation>
    </message>
    <message>
        <source>{what} must be a number, not {kind}</source>
        <translation>{what} debe ser un número, no {kind}</translation>
    </message>
    <message>
        <source>{what} must be a finite number</source>
        <translation>{what} debe ser un número finito</translation>
    </message>
    <message>
        <source>rate mode must be &apos;fixed&apos; or &apos;http&apos;, not {mode!r}</source>
        <translation>el modo de tipo de cambio debe ser &apos;fixed&apos; o &apos;http&apos;, no {mode!r}</translation>
    </message>
    <message>
        <source>fixed {currency} rate must be greater than zero</source>
        <translation>el tipo de cambio fijo de {currency} debe ser mayor que cero</translation>
    </message>
    <message>
        <source>the time fixed rates were set must include a time zone</source>
        <translation>la hora en que se establecieron los tipos de cambio fijos debe incluir una zona horaria</translation>
    </message>
    <message>
        <source>http rate mode needs at least one rate source</source>
        <translation>el modo de tipo de cambio http necesita al menos una fuente</translation>
    </message>
    <message>
        <source>{what} must be a whole number from 1 to {high}</source>
        <translation>{what} debe ser un número entero de 1 a {high}</translation>
    </message>
    <message>
        <source>max_spread_percent must be between 0 and 100</source>
        <translation>max_spread_percent debe estar entre 0 y 100</translation>
    </message>
    <message>
        <source>rate settings are not valid JSON</source>
        <translation>la configuración del tipo de cambio no es JSON válido</translation>
    </message>
    <message>
        <source>rate settings must be a JSON object</source>
        <translation>la configuración del tipo de cambio debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>rate settings version {version} is not supported</source>
        <translation>la versión {version} de la configuración del tipo de cambio no es compatible</translation>
    </message>
    <message>
        <source>rate settings: fixed_rates or http_sources has the wrong shape</source>
        <translation>configuración del tipo de cambio: fixed_rates o http_sources tiene una forma incorrecta</translation>
    </message>
    <message>
        <source>rate settings are malformed ({error})</source>
        <translation>la configuración del tipo de cambio está mal formada ({error})</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>folder {directory} does not exist</source>
        <translation>la carpeta {directory} no existe</translation>
    </message>
    <message>
        <source>cannot write in {directory}: {error}</source>
        <translation>no se puede escribir en {directory}: {error}</translation>
    </message>
    <message>
        <source>no session {session_id!r}</source>
        <translation>no existe la sesión {session_id!r}</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>el último día es anterior al primero</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>el intervalo termina antes de empezar</translation>
    </message>
    <message>
        <source>reconciliation cancelled</source>
        <translation>conciliación cancelada</translation>
    </message>
    <message>
        <source>Horizon returned a page without a usable paging token</source>
        <translation>Horizon devolvió una página sin un token de paginación utilizable</translation>
    </message>
    <message>
        <source>the sale is now {status} (was {expected}): review it again</source>
        <translation>la venta ahora está {status} (estaba {expected}): revísela de nuevo</translation>
    </message>
    <message>
        <source>the payment was resolved meanwhile</source>
        <translation>el pago se resolvió entretanto</translation>
    </message>
    <message>
        <source>note is longer than {limit} characters</source>
        <translation>la nota supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>no payment {operation_id!r}</source>
        <translation>no existe el pago {operation_id!r}</translation>
    </message>
    <message>
        <source>the payment is already {status}</source>
        <translation>el pago ya está {status}</translation>
    </message>
    <message>
        <source>no sale {session_id!r}</source>
        <translation>no existe la venta {session_id!r}</translation>
    </message>
    <message>
        <source>that sale was charged to another account</source>
        <translation>esa venta se cobró en otra cuenta</translation>
    </message>
    <message>
        <source>that sale was charged on another network ({network})</source>
        <translation>esa venta se cobró en otra red ({network})</translation>
    </message>
    <message>
        <source>a cancelled sale cannot take a payment: mark it for refund instead</source>
        <translation>una venta cancelada no puede recibir un pago: márquelo para reembolso</translation>
    </message>
    <message>
        <source>the payment arrived after this sale&apos;s monitoring window: mark it for refund</source>
        <translation>el pago llegó después de la ventana de supervisión de esta venta: márquelo para reembolso</translation>
    </message>
    <message>
        <source>stored shop configuration is damaged: {error}</source>
        <translation>la configuración guardada de la tienda está dañada: {error}</translation>
    </message>
    <message>
        <source>posapp is not set up here yet: run `posapp init` (or the setup)</source>
        <translation>posapp aún no está configurado aquí: ejecute `posapp init` (o la configuración)</translation>
    </message>
    <message>
        <source>the terminal name must be 1 to 64 printable characters</source>
        <translation>el nombre del terminal debe tener de 1 a 64 caracteres imprimibles</translation>
    </message>
    <message>
        <source>Horizon returned a payment record without a paging token and time</source>
        <translation>Horizon devolvió un registro de pago sin token de paginación ni hora</translation>
    </message>
    <message>
        <source>{printer} is not an ESC/POS printer</source>
        <translation>{printer} no es una impresora ESC/POS</translation>
    </message>
    <message>
        <source>{printer} refused the connection: is it switched on?</source>
        <translation>{printer} rechazó la conexión: ¿está encendida?</translation>
    </message>
    <message>
        <source>{printer} did not answer in time: is it on and connected?</source>
        <translation>{printer} no respondió a tiempo: ¿está encendida y conectada?</translation>
    </message>
    <message>
        <source>{printer} is not there: is it plugged in?</source>
        <translation>{printer} no está: ¿está enchufada?</translation>
    </message>
    <message>
        <source>{printer} cannot be opened: this user may not use it</source>
        <translation>no se puede abrir {printer}: puede que este usuario no tenga permiso para usarla</translation>
    </message>
    <message>
        <source>{printer} needs libusb, which is not installed on this computer</source>
        <translation>{printer} necesita libusb, que no está instalado en este equipo</translation>
    </message>
    <message>
        <source>{printer} was not found: is it plugged in and switched on?</source>
        <translation>no se encontró {printer}: ¿está enchufada y encendida?</translation>
    </message>
    <message>
        <source>cannot reach {printer} ({error})</source>
        <translation>no se puede conectar con {printer} ({error})</translation>
    </message>
    <message>
        <source>cannot reach {printer}</source>
        <translation>no se puede conectar con {printer}</translation>
    </message>
    <message>
        <source>{printer} stopped taking data: is it out of paper or its cover open?</source>
        <translation>{printer} dejó de recibir datos: ¿se quedó sin papel o tiene la tapa abierta?</translation>
    </message>
    <message>
        <source>{printer} stopped while printing ({error})</source>
        <translation>{printer} se detuvo al imprimir ({error})</translation>
    </message>
    <message>
        <source>{printer} stopped while printing</source>
        <translation>{printer} se detuvo al imprimir</translation>
    </message>
    <message>
        <source>the receipt printer must be one line of at most 300 characters</source>
        <translation>la impresora de recibos debe ser una línea de 300 caracteres como máximo</translation>
    </message>
    <message>
        <source>unknown receipt printer {text!r}: use tcp://HOST:9100, usb://VVVV:PPPP, serial://DEVICE, file://DEVICE, system://NAME, pdf://FOLDER or none</source>
        <translation>impresora de recibos desconocida {text!r}: use tcp://HOST:9100, usb://VVVV:PPPP, serial://DEVICE, file://DEVICE, system://NAME, pdf://FOLDER o none</translation>
    </message>
    <message>
        <source>USB receipt printer {rest!r}: give vendor:product in hex, e.g. 04b8:0e15</source>
        <translation>impresora de recibos USB {rest!r}: indique fabricante:producto en hex, p. ej. 04b8:0e15</translation>
    </message>
    <message>
        <source>the receipt {what} is missing, e.g. {hint}</source>
        <translation>falta {what} del recibo, p. ej. {hint}</translation>
    </message>
    <message>
        <source>network receipt printer {text!r}: give a host name or IP address, e.g. tcp://192.168.1.50:9100</source>
        <translation>impresora de recibos en red {text!r}: indique un nombre de host o una dirección IP, p. ej. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>network receipt printer port {port_text!r} must be 1 to 65535 (thermal printers listen on 9100)</source>
        <translation>el puerto {port_text!r} de la impresora de recibos en red debe estar entre 1 y 65535 (las impresoras térmicas escuchan en el 9100)</translation>
    </message>
    <message>
        <source>the receipt printer&apos;s serial port is missing, e.g. /dev/ttyUSB0</source>
        <translation>falta el puerto serie de la impresora de recibos, p. ej. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>serial receipt printer: unknown option {key!r} (only baudrate)</source>
        <translation>impresora de recibos serie: opción desconocida {key!r} (solo baudrate)</translation>
    </message>
    <message>
        <source>serial receipt printer: baudrate {value!r} must be one of {choices}</source>
        <translation>impresora de recibos serie: baudrate {value!r} debe ser uno de {choices}</translation>
    </message>
    <message>
        <source>no sale {session_id}</source>
        <translation>no existe la venta {session_id}</translation>
    </message>
    <message>
        <source>no refund {refund_id!r}</source>
        <translation>no existe el reembolso {refund_id!r}</translation>
    </message>
    <message>
        <source>refund {refund_id} is {state}: only a paid refund of a sale has a receipt</source>
        <translation>el reembolso {refund_id} está {state}: solo un reembolso pagado de una venta tiene recibo</translation>
    </message>
    <message>
        <source>refund {refund_id} is {state} and belongs to no sale: only a paid refund of a sale has a receipt</source>
        <translation>el reembolso {refund_id} está {state} y no pertenece a ninguna venta: solo un reembolso pagado de una venta tiene recibo</translation>
    </message>
    <message>
        <source>nothing was received for sale {session_id}, so it has no receipt</source>
        <translation>no se recibió nada para la venta {session_id}, así que no tiene recibo</translation>
    </message>
    <message>
        <source>{what} must contain {field} once (where the transaction goes)</source>
        <translation>{what} debe contener {field} una vez (donde va la transacción)</translation>
    </message>
    <message>
        <source>{what} must be an https:// address, got {text!r}</source>
        <translation>{what} debe ser una dirección https://, se recibió {text!r}</translation>
    </message>
    <message>
        <source>{what} must be one address without spaces, at most 200 characters</source>
        <translation>{what} debe ser una sola dirección sin espacios, de 200 caracteres como máximo</translation>
    </message>
    <message>
        <source>the {name} must be text</source>
        <translation>{name}: debe ser texto</translation>
    </message>
    <message>
        <source>the {name} must be at most {most_chars} characters</source>
        <translation>{name}: como máximo {most_chars} caracteres</translation>
    </message>
    <message>
        <source>the {name} must be at most {most_lines} line(s)</source>
        <translation>{name}: como máximo {most_lines} línea(s)</translation>
    </message>
    <message>
        <source>the {name} has a control character</source>
        <translation>{name}: contiene un carácter de control</translation>
    </message>
    <message>
        <source>the receipt width must be 58 or 80 (mm)</source>
        <translation>el ancho del recibo debe ser 58 u 80 (mm)</translation>
    </message>
    <message>
        <source>automatic receipt printing must be off, ask or always</source>
        <translation>la impresión automática de recibos debe ser off, ask o always</translation>
    </message>
    <message>
        <source>receipt copies must be a whole number from 1 to {limit}</source>
        <translation>el número de copias del recibo debe ser un número entero de 1 a {limit}</translation>
    </message>
    <message>
        <source>stored receipt settings are damaged</source>
        <translation>la configuración guardada de recibos está dañada</translation>
    </message>
    <message>
        <source>the reason must be text of at most {limit} characters</source>
        <translation>el motivo debe ser un texto de {limit} caracteres como máximo</translation>
    </message>
    <message>
        <source>refund {session_id} is {state}: nothing to rebuild</source>
        <translation>el reembolso {session_id} está {state}: no hay nada que regenerar</translation>
    </message>
    <message>
        <source>refund {session_id} changed meanwhile: look again</source>
        <translation>el reembolso {session_id} cambió entretanto: vuelva a consultarlo</translation>
    </message>
    <message>
        <source>refund {session_id} is {state}: only a waiting one can be cancelled</source>
        <translation>el reembolso {session_id} está {state}: solo se puede cancelar uno en espera</translation>
    </message>
    <message>
        <source>no sale {ref}</source>
        <translation>no existe la venta {ref}</translation>
    </message>
    <message>
        <source>sale {ref} is still waiting for its payment: give back or cancel it first</source>
        <translation>la venta {ref} sigue esperando su pago: devuélvala o cancélela primero</translation>
    </message>
    <message>
        <source>sale {ref} received nothing: there is nothing to refund</source>
        <translation>la venta {ref} no recibió nada: no hay nada que reembolsar</translation>
    </message>
    <message>
        <source>no payment with operation id {ref}</source>
        <translation>no hay ningún pago con el id de operación {ref}</translation>
    </message>
    <message>
        <source>{ref!r} is neither a sale id (pay_…) nor a payment&apos;s operation id</source>
        <translation>{ref!r} no es un id de venta (pay_…) ni el id de operación de un pago</translation>
    </message>
    <message>
        <source>everything {ref} received ({received} USDC) is already refunded or waiting to be</source>
        <translation>todo lo recibido por {ref} ({received} USDC) ya está reembolsado o en espera de serlo</translation>
    </message>
    <message>
        <source>refund {error}</source>
        <translation>reembolso: {error}</translation>
    </message>
    <message>
        <source>{to} did not pay {ref}: a refund goes to its payer</source>
        <translation>{to} no pagó {ref}: un reembolso va a quien lo pagó</translation>
    </message>
    <message>
        <source>no stored payment of {ref} says who paid it</source>
        <translation>ningún pago guardado de {ref} indica quién lo pagó</translation>
    </message>
    <message>
        <source>{ref} was paid from {count} accounts: choose one ({payers})</source>
        <translation>{ref} se pagó desde {count} cuentas: elija una ({payers})</translation>
    </message>
    <message>
        <source>memo: {error}</source>
        <translation>memo: {error}</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} no longer exists: the refund would fail (op_no_destination)</source>
        <translation>la cuenta del pagador {payer_account} ya no existe: el reembolso fallaría (op_no_destination)</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} cannot hold the network&apos;s USDC (no trustline): the refund would fail (op_no_trust)</source>
        <translation>la cuenta del pagador {payer_account} no puede recibir el USDC de la red (sin línea de confianza): el reembolso fallaría (op_no_trust)</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} requires a memo (SEP-29, an exchange): ask the customer for their deposit memo</source>
        <translation>la cuenta del pagador {payer_account} exige un memo (SEP-29, un exchange): pida al cliente su memo de depósito</translation>
    </message>
    <message>
        <source>the merchant account {merchant} does not exist</source>
        <translation>la cuenta del comercio {merchant} no existe</translation>
    </message>
    <message>
        <source>the merchant account holds {held} USDC, less than the refund of {amount}</source>
        <translation>la cuenta del comercio tiene {held} USDC, menos que el reembolso de {amount}</translation>
    </message>
    <message>
        <source>a refund of {amount} USDC is more than the {remaining} USDC still refundable for {ref} (received {received}, already refunded or waiting {held})</source>
        <translation>un reembolso de {amount} USDC supera los {remaining} USDC aún reembolsables para {ref} (recibidos {received}, ya reembolsados o en espera {held})</translation>
    </message>
    <message>
        <source>this payment belongs to sale {session_id}: refund the sale instead</source>
        <translation>este pago pertenece a la venta {session_id}: reembolse la venta</translation>
    </message>
    <message>
        <source>this payment is USDC of a foreign issuer (a fake): posapp never refunds it</source>
        <translation>este pago es USDC de un emisor ajeno (falso): posapp nunca lo reembolsa</translation>
    </message>
    <message>
        <source>a payment that is {status} cannot be refunded</source>
        <translation>un pago que está {status} no se puede reembolsar</translation>
    </message>
    <message>
        <source>no item with SKU or barcode {code!r}</source>
        <translation>no hay ningún artículo con el SKU o código de barras {code!r}</translation>
    </message>
    <message>
        <source>{path} is larger than {limit_mb} MB</source>
        <translation>{path} supera los {limit_mb} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>no se puede leer {path}: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>no se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <source>the sale is {status}: it can no longer be parked</source>
        <translation>la venta está {status}: ya no se puede aparcar</translation>
    </message>
    <message>
        <source>the sale is {status}: it can no longer be resumed</source>
        <translation>la venta está {status}: ya no se puede reanudar</translation>
    </message>
    <message>
        <source>unknown way to pay {method!r}: cash or card</source>
        <translation>forma de pago desconocida {method!r}: efectivo (cash) o tarjeta (card)</translation>
    </message>
    <message>
        <source>the sale changed meanwhile: look at it again</source>
        <translation>la venta cambió entretanto: vuelva a consultarla</translation>
    </message>
    <message>
        <source>only a partly paid sale can be settled this way (this one is {state}, nothing received)</source>
        <translation>solo una venta pagada en parte puede liquidarse así (esta está {state}, no se recibió nada)</translation>
    </message>
    <message>
        <source>only a partly paid sale can be settled this way (this one is {state})</source>
        <translation>solo una venta pagada en parte puede liquidarse así (esta está {state})</translation>
    </message>
    <message>
        <source>the sale kept changing while attaching; try again</source>
        <translation>la venta no dejó de cambiar durante la asociación; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>no fresh {currency} rate yet from {source}: wait a moment</source>
        <translation>aún no hay un tipo de cambio actualizado de {currency} desde {source}: espere un momento</translation>
    </message>
    <message>
        <source>the cart&apos;s total must be greater than zero</source>
        <translation>el total del carrito debe ser mayor que cero</translation>
    </message>
    <message>
        <source>a {status} session cannot be cancelled</source>
        <translation>una sesión {status} no se puede cancelar</translation>
    </message>
    <message>
        <source>the session changed meanwhile; it was not cancelled</source>
        <translation>la sesión cambió entretanto; no se canceló</translation>
    </message>
    <message>
        <source>The account {account} does not exist on this network yet: send it a few XLM (at least 2) from a wallet or an exchange to create it, then add a USDC trustline.</source>
        <translation>La cuenta {account} aún no existe en esta red: envíele algunos XLM (al menos 2) desde una billetera o un exchange para crearla y luego añada una línea de confianza USDC.</translation>
    </message>
    <message>
        <source>data dir {path} is not writable: {reason}</source>
        <translation>no se puede escribir en la carpeta de datos {path}: {reason}</translation>
    </message>
    <message>
        <source>this shop is already set up: an admin must sign in</source>
        <translation>esta tienda ya está configurada: debe iniciar sesión un administrador</translation>
    </message>
    <message>
        <source>the rate {text!r} is ambiguous: write {whole}.{fraction} or {whole}{fraction}</source>
        <translation>el tipo de cambio {text!r} es ambiguo: escriba {whole}.{fraction} o {whole}{fraction}</translation>
    </message>
    <message>
        <source>choose a rate: --rate 84.10 (fixed) or --rate-source coingecko</source>
        <translation>elija un tipo de cambio: --rate 84.10 (fijo) o --rate-source coingecko</translation>
    </message>
    <message>
        <source>{what} must be a number</source>
        <translation>{what} debe ser un número</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}</source>
        <translation>{what} debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>session expiry must be between 1 minute and 24 hours</source>
        <translation>la caducidad de la sesión debe estar entre 1 minuto y 24 horas</translation>
    </message>
    <message>
        <source>shop name must be 1 to 80 characters</source>
        <translation>el nombre de la tienda debe tener de 1 a 80 caracteres</translation>
    </message>
    <message>
        <source>terminal name must be 1 to 64 characters</source>
        <translation>el nombre del terminal debe tener de 1 a 64 caracteres</translation>
    </message>
    <message>
        <source>tax mode must be inclusive or exclusive</source>
        <translation>el modo de impuesto debe ser inclusive o exclusive</translation>
    </message>
    <message>
        <source>tip choices: give 1 to 6 percentages, e.g. 10, 15, 20</source>
        <translation>opciones de propina: indique de 1 a 6 porcentajes, p. ej. 10, 15, 20</translation>
    </message>
    <message>
        <source>tip choices must be different percentages above 0</source>
        <translation>las opciones de propina deben ser porcentajes distintos mayores que 0</translation>
    </message>
    <message>
        <source>provisioning file {path} does not exist</source>
        <translation>el archivo de aprovisionamiento {path} no existe</translation>
    </message>
    <message>
        <source>{path}: cannot read ({error})</source>
        <translation>{path}: no se puede leer ({error})</translation>
    </message>
    <message>
        <source>{name}: larger than {limit_kb} KB; is it the right file?</source>
        <translation>{name}: supera los {limit_kb} KB; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: no es texto UTF-8</translation>
    </message>
    <message>
        <source>{name}: not valid TOML ({error})</source>
        <translation>{name}: no es TOML válido ({error})</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>unknown key {key!r} (known: {keys})</source>
        <translation>clave desconocida {key!r} (conocidas: {keys})</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>falta {key}</translation>
    </message>
    <message>
        <source>the [rates] table is missing (mode = &apos;fixed&apos; or &apos;http&apos;)</source>
        <translation>falta la tabla [rates] (mode = &apos;fixed&apos; o &apos;http&apos;)</translation>
    </message>
    <message>
        <source>{key}: {error}</source>
        <translation>{key}: {error}</translation>
    </message>
    <message>
        <source>{dotted}: secrets never go in the provisioning file (it is read by anyone who can read the app&apos;s folder); remove the key</source>
        <translation>{dotted}: los secretos nunca van en el archivo de aprovisionamiento (lo puede leer cualquiera con acceso a la carpeta de la aplicación); elimine la clave</translation>
    </message>
    <message>
        <source>{where}: that looks like a secret key (S…): never enter a secret key anywhere. posapp never needs it; it only watches your public G… address. If you think someone saw it, move your funds to a new account</source>
        <translation>{where}: parece una clave secreta (S…): no introduzca nunca una clave secreta en ningún sitio. posapp nunca la necesita; solo vigila su dirección pública G…. Si cree que alguien la ha visto, traslade sus fondos a una cuenta nueva</translation>
    </message>
    <message>
        <source>{where}: that is a webhook signing secret; it never goes in the provisioning file (posapp makes one and keeps it in the OS keyring)</source>
        <translation>{where}: es un secreto de firma de webhook; nunca va en el archivo de aprovisionamiento (posapp crea uno y lo guarda en el llavero del sistema)</translation>
    </message>
    <message>
        <source>{key} must be text in quotes</source>
        <translation>{key} debe ser texto entre comillas</translation>
    </message>
    <message>
        <source>{key} is empty</source>
        <translation>{key} está vacío</translation>
    </message>
    <message>
        <source>{key} must be a number, e.g. 84.10</source>
        <translation>{key} debe ser un número, p. ej. 84.10</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} debe ser true o false</translation>
    </message>
    <message>
        <source>{key} must be a list of percentages, e.g. [10, 15, 20]</source>
        <translation>{key} debe ser una lista de porcentajes, p. ej. [10, 15, 20]</translation>
    </message>
    <message>
        <source>{key} must be a whole number</source>
        <translation>{key} debe ser un número entero</translation>
    </message>
    <message>
        <source>receipt must be a table: [receipt]</source>
        <translation>receipt debe ser una tabla: [receipt]</translation>
    </message>
    <message>
        <source>unknown key &apos;receipt.{key}&apos; (known: {keys})</source>
        <translation>clave desconocida &apos;receipt.{key}&apos; (conocidas: {keys})</translation>
    </message>
    <message>
        <source>unknown key &apos;rates.{key}&apos; (known: {keys})</source>
        <translation>clave desconocida &apos;rates.{key}&apos; (conocidas: {keys})</translation>
    </message>
    <message>
        <source>rates.source is for mode = &apos;http&apos;; remove it or change the mode</source>
        <translation>rates.source es para mode = &apos;http&apos;; elimínelo o cambie el modo</translation>
    </message>
    <message>
        <source>rates.fixed_rate is missing (units of the currency per 1 USDC)</source>
        <translation>falta rates.fixed_rate (unidades de la moneda por 1 USDC)</translation>
    </message>
    <message>
        <source>rates.fixed_rate is for mode = &apos;fixed&apos;; remove it or change mode</source>
        <translation>rates.fixed_rate es para mode = &apos;fixed&apos;; elimínelo o cambie el modo</translation>
    </message>
    <message>
        <source>rates.source is missing: &apos;coingecko&apos; or an https base URL</source>
        <translation>falta rates.source: &apos;coingecko&apos; o una URL base https</translation>
    </message>
    <message>
        <source>rates.mode must be &apos;fixed&apos; or &apos;http&apos;</source>
        <translation>rates.mode debe ser &apos;fixed&apos; o &apos;http&apos;</translation>
    </message>
    <message>
        <source>database_url is not a database URL (e.g. postgresql://posapp@db.example/posapp)</source>
        <translation>database_url no es una URL de base de datos (p. ej. postgresql://posapp@db.example/posapp)</translation>
    </message>
    <message>
        <source>database_url contains a password; remove it from the file and keep it in the OS keyring or ~/.pgpass (postgresql://USER@HOST/DB)</source>
        <translation>database_url contiene una contraseña; quítela del archivo y guárdela en el llavero del sistema o en ~/.pgpass (postgresql://USER@HOST/DB)</translation>
    </message>
    <message>
        <source>database_url has a password parameter; use ~/.pgpass instead</source>
        <translation>database_url tiene un parámetro de contraseña; use ~/.pgpass en su lugar</translation>
    </message>
    <message>
        <source>the API key header must be a name like x-cg-demo-api-key</source>
        <translation>la cabecera de la clave de API debe ser un nombre como x-cg-demo-api-key</translation>
    </message>
    <message>
        <source>the API key must be 1 to {limit} printable characters</source>
        <translation>la clave de API debe tener de 1 a {limit} caracteres imprimibles</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: {problem}; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>no se puede guardar la clave de API del tipo de cambio: {problem}; instale y desbloquee un Secret Service (p. ej. gnome-keyring o KWallet), o active el almacén en archivo con `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: the OS keyring is locked; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>no se puede guardar la clave de API del tipo de cambio: el llavero del sistema está bloqueado; instale y desbloquee un Secret Service (p. ej. gnome-keyring o KWallet), o active el almacén en archivo con `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: keyring error ({error}); install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>no se puede guardar la clave de API del tipo de cambio: error del llavero ({error}); instale y desbloquee un Secret Service (p. ej. gnome-keyring o KWallet), o active el almacén en archivo con `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>the idle lock must be a whole number of minutes</source>
        <translation>el bloqueo por inactividad debe ser un número entero de minutos</translation>
    </message>
    <message>
        <source>the idle lock must be 0 (never) to {limit} min</source>
        <translation>el bloqueo por inactividad debe ser de 0 (nunca) a {limit} min</translation>
    </message>
    <message>
        <source>not a database URL</source>
        <translation>no es una URL de base de datos</translation>
    </message>
    <message>
        <source>only a PostgreSQL database has a password to store</source>
        <translation>solo una base de datos PostgreSQL tiene una contraseña que guardar</translation>
    </message>
    <message>
        <source>leave the password out of the URL; it is asked for instead</source>
        <translation>no incluya la contraseña en la URL; se le pedirá aparte</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>la contraseña está vacía</translation>
    </message>
    <message>
        <source>the OS keyring could not store the password ({error}); use ~/.pgpass instead</source>
        <translation>el llavero del sistema no pudo guardar la contraseña ({error}); use ~/.pgpass en su lugar</translation>
    </message>
    <message>
        <source>someone else (an owner or admin) must approve this</source>
        <translation>debe aprobarlo otra persona (un propietario o administrador)</translation>
    </message>
    <message>
        <source>{user} is {role} and cannot approve {action}: ask an owner or admin</source>
        <translation>{user} es {role} y no puede aprobar «{action}»: consulte a un propietario o administrador</translation>
    </message>
    <message>
        <source>a password has at most {password_max_bytes} bytes: that entry is too long</source>
        <translation>una contraseña tiene como máximo {password_max_bytes} bytes: esa entrada es demasiado larga</translation>
    </message>
    <message>
        <source>wrong name or PIN</source>
        <translation>nombre o PIN incorrecto</translation>
    </message>
    <message>
        <source>{user} is disabled: ask an admin</source>
        <translation>{user} está desactivado: consulte a un administrador</translation>
    </message>
    <message>
        <source>{user} is locked after too many wrong attempts: try again in {delay}, or ask an admin to unlock</source>
        <translation>{user} está bloqueado tras demasiados intentos fallidos: vuelva a intentarlo en {delay} o pida a un administrador que lo desbloquee</translation>
    </message>
    <message>
        <source>wrong PIN: {user} is now locked for {delay} after {failures} wrong attempts</source>
        <translation>PIN incorrecto: {user} queda bloqueado durante {delay} tras {failures} intentos fallidos</translation>
    </message>
    <message>
        <source>wrong PIN or password: 1 try left before a lock</source>
        <translation>PIN o contraseña incorrectos: queda 1 intento antes del bloqueo</translation>
    </message>
    <message>
        <source>wrong PIN or password: {left} tries left before a lock</source>
        <translation>PIN o contraseña incorrectos: quedan {left} intentos antes del bloqueo</translation>
    </message>
    <message>
        <source>a PIN or password must be text</source>
        <translation>un PIN o una contraseña debe ser texto</translation>
    </message>
    <message>
        <source>enter a PIN (4 to 8 digits) or a password (8 to 72 bytes)</source>
        <translation>introduzca un PIN (de 4 a 8 dígitos) o una contraseña (de 8 a 72 bytes)</translation>
    </message>
    <message>
        <source>a PIN needs {pin_min_digits} to {pin_max_digits} digits; this one has {length}</source>
        <translation>un PIN necesita de {pin_min_digits} a {pin_max_digits} dígitos; este tiene {length}</translation>
    </message>
    <message>
        <source>that PIN is too easy to guess (one digit repeated, or a run like 4-5-6-7): pick another</source>
        <translation>ese PIN es demasiado fácil de adivinar (un mismo dígito repetido o una serie como 4-5-6-7): elija otro</translation>
    </message>
    <message>
        <source>a password cannot contain control characters</source>
        <translation>una contraseña no puede contener caracteres de control</translation>
    </message>
    <message>
        <source>a password cannot be only spaces</source>
        <translation>una contraseña no puede ser solo espacios</translation>
    </message>
    <message>
        <source>that password is too long: {size} bytes, at most {password_max_bytes} (letters outside A–Z can take 2–4 bytes each)</source>
        <translation>esa contraseña es demasiado larga: {size} bytes, como máximo {password_max_bytes} (las letras fuera de A–Z pueden ocupar de 2 a 4 bytes cada una)</translation>
    </message>
    <message>
        <source>a password needs at least {password_min_bytes} characters (or use a PIN of {pin_min_digits} to {pin_max_digits} digits)</source>
        <translation>una contraseña necesita al menos {password_min_bytes} caracteres (o use un PIN de {pin_min_digits} a {pin_max_digits} dígitos)</translation>
    </message>
    <message>
        <source>the two entries differ: type the same PIN or password twice</source>
        <translation>las dos entradas no coinciden: escriba el mismo PIN o contraseña dos veces</translation>
    </message>
    <message>
        <source>a user name must be text</source>
        <translation>un nombre de usuario debe ser texto</translation>
    </message>
    <message>
        <source>enter a name</source>
        <translation>introduzca un nombre</translation>
    </message>
    <message>
        <source>a name has at most {limit} characters</source>
        <translation>un nombre tiene como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>a name cannot contain control characters</source>
        <translation>un nombre no puede contener caracteres de control</translation>
    </message>
    <message>
        <source>a name needs at least one letter</source>
        <translation>un nombre necesita al menos una letra</translation>
    </message>
    <message>
        <source>unknown role {text!r}: use {roles}</source>
        <translation>rol desconocido {text!r}: use {roles}</translation>
    </message>
    <message>
        <source>no user named {name!r}</source>
        <translation>no hay ningún usuario llamado {name!r}</translation>
    </message>
    <message>
        <source>an administrator already exists: sign in as one to add users</source>
        <translation>ya existe un administrador: inicie sesión como administrador para añadir usuarios</translation>
    </message>
    <message>
        <source>a user named {name!r} already exists</source>
        <translation>ya existe un usuario llamado {name!r}</translation>
    </message>
    <message>
        <source>an administrator already exists</source>
        <translation>ya existe un administrador</translation>
    </message>
    <message>
        <source>you cannot disable yourself: ask another admin</source>
        <translation>no puede desactivarse a sí mismo: consulte a otro administrador</translation>
    </message>
    <message>
        <source>cannot {what} the last administrator: add another admin first</source>
        <translation>no se puede aplicar «{what}» al último administrador: añada antes otro administrador</translation>
    </message>
    <message>
        <source>the account must be a G… address</source>
        <translation>la cuenta debe ser una dirección G…</translation>
    </message>
    <message>
        <source>that is a secret key: posapp only needs the public G… address</source>
        <translation>es una clave secreta: posapp solo necesita la dirección pública G…</translation>
    </message>
    <message>
        <source>{account!r} is not a valid Stellar G… address</source>
        <translation>{account!r} no es una dirección G… de Stellar válida</translation>
    </message>
    <message>
        <source>cannot reach Horizon at {horizon_url} ({error})</source>
        <translation>no se puede conectar con Horizon en {horizon_url} ({error})</translation>
    </message>
    <message>
        <source>Horizon could not look the account up (HTTP {status})</source>
        <translation>Horizon no pudo consultar la cuenta (HTTP {status})</translation>
    </message>
    <message>
        <source>Horizon sent an account that is not JSON</source>
        <translation>Horizon envió una cuenta que no es JSON</translation>
    </message>
    <message>
        <source>Horizon sent an account that is not a JSON object</source>
        <translation>Horizon envió una cuenta que no es un objeto JSON</translation>
    </message>
    <message>
        <source>Horizon sent an account without a balances list</source>
        <translation>Horizon envió una cuenta sin lista de saldos</translation>
    </message>
    <message>
        <source>Horizon sent a balance {key} that is not a string</source>
        <translation>Horizon envió un saldo {key} que no es una cadena</translation>
    </message>
    <message>
        <source>Horizon sent a balance {key} that is not a number</source>
        <translation>Horizon envió un saldo {key} que no es un número</translation>
    </message>
    <message>
        <source>the merchant account must be text</source>
        <translation>la cuenta del comercio debe ser texto</translation>
    </message>
    <message>
        <source>the merchant account is empty: enter the shop&apos;s public G… address</source>
        <translation>la cuenta del comercio está vacía: introduzca la dirección pública G… de la tienda</translation>
    </message>
    <message>
        <source>that looks like a secret key (S…): never enter a secret key anywhere. posapp never needs it; it only watches your public G… address. If you think someone saw it, move your funds to a new account</source>
        <translation>parece una clave secreta (S…): no introduzca nunca una clave secreta en ningún sitio. posapp nunca la necesita; solo vigila su dirección pública G…. Si cree que alguien la ha visto, traslade sus fondos a una cuenta nueva</translation>
    </message>
    <message>
        <source>that is a muxed M… address: the merchant account must be the base G… account (posapp gives each payment its own muxed id)</source>
        <translation>es una dirección muxed M…: la cuenta del comercio debe ser la cuenta base G… (posapp da a cada pago su propio id muxed)</translation>
    </message>
    <message>
        <source>that is a contract C… address: the merchant account must be a G… account</source>
        <translation>es una dirección de contrato C…: la cuenta del comercio debe ser una cuenta G…</translation>
    </message>
    <message>
        <source>a Stellar account address starts with G</source>
        <translation>una dirección de cuenta de Stellar empieza por G</translation>
    </message>
    <message>
        <source>wrong length: a Stellar account address has {expected} characters, this has {length}</source>
        <translation>longitud incorrecta: una dirección de cuenta de Stellar tiene {expected} caracteres, esta tiene {length}</translation>
    </message>
    <message>
        <source>invalid characters: a Stellar address has only letters A–Z and digits 2–7</source>
        <translation>caracteres no válidos: una dirección de Stellar solo tiene letras A–Z y dígitos 2–7</translation>
    </message>
    <message>
        <source>bad checksum: the address has a typo, copy it again</source>
        <translation>suma de comprobación incorrecta: la dirección tiene un error, cópiela de nuevo</translation>
    </message>
    <message>
        <source>Horizon sent a payments page that is not JSON</source>
        <translation>Horizon envió una página de pagos que no es JSON</translation>
    </message>
    <message>
        <source>Horizon sent a payments page without _embedded.records</source>
        <translation>Horizon envió una página de pagos sin _embedded.records</translation>
    </message>
    <message>
        <source>Horizon&apos;s newest payment record has no usable paging_token</source>
        <translation>el registro de pago más reciente de Horizon no tiene un paging_token utilizable</translation>
    </message>
    <message>
        <source>Horizon returned a full page with nothing after the cursor</source>
        <translation>Horizon devolvió una página completa sin nada después del cursor</translation>
    </message>
    <message>
        <source>Horizon stream error: {data}</source>
        <translation>error del stream de Horizon: {data}</translation>
    </message>
    <message>
        <source>Horizon accepted the stream but sent {silence}</source>
        <translation>Horizon aceptó el stream pero envió {silence}</translation>
    </message>
    <message>
        <source>Horizon did not answer the stream request</source>
        <translation>Horizon no respondió a la solicitud de stream</translation>
    </message>
    <message>
        <source>Horizon ended the stream without saying goodbye</source>
        <translation>Horizon cerró el stream sin despedirse</translation>
    </message>
    <message>
        <source>Horizon knows no account {account} (HTTP 404): check the address and the network, or fund the account with XLM: {title}</source>
        <translation>Horizon no conoce la cuenta {account} (HTTP 404): compruebe la dirección y la red, o fondee la cuenta con XLM: {title}</translation>
    </message>
    <message>
        <source>Horizon knows no account {account} (HTTP 404): check the address and the network, or fund the account with XLM</source>
        <translation>Horizon no conoce la cuenta {account} (HTTP 404): compruebe la dirección y la red, o fondee la cuenta con XLM</translation>
    </message>
    <message>
        <source>Horizon is rate-limiting this app (HTTP 429): {title}</source>
        <translation>Horizon está limitando las solicitudes de esta aplicación (HTTP 429): {title}</translation>
    </message>
    <message>
        <source>Horizon is rate-limiting this app (HTTP 429)</source>
        <translation>Horizon está limitando las solicitudes de esta aplicación (HTTP 429)</translation>
    </message>
    <message>
        <source>Horizon is unavailable (HTTP {status}): {title}</source>
        <translation>Horizon no está disponible (HTTP {status}): {title}</translation>
    </message>
    <message>
        <source>Horizon is unavailable (HTTP {status})</source>
        <translation>Horizon no está disponible (HTTP {status})</translation>
    </message>
    <message>
        <source>Horizon refused the request (HTTP {status}): {title}</source>
        <translation>Horizon rechazó la solicitud (HTTP {status}): {title}</translation>
    </message>
    <message>
        <source>Horizon refused the request (HTTP {status})</source>
        <translation>Horizon rechazó la solicitud (HTTP {status})</translation>
    </message>
    <message>
        <source>cannot connect to Horizon at {url}</source>
        <translation>no se puede conectar con Horizon en {url}</translation>
    </message>
    <message>
        <source>timed out connecting to Horizon at {url}</source>
        <translation>se agotó el tiempo al conectar con Horizon en {url}</translation>
    </message>
    <message>
        <source>timed out reading from Horizon at {url}</source>
        <translation>se agotó el tiempo al leer de Horizon en {url}</translation>
    </message>
    <message>
        <source>connection broken by Horizon at {url}</source>
        <translation>Horizon cortó la conexión en {url}</translation>
    </message>
    <message>
        <source>network error talking to Horizon at {url}: {error}</source>
        <translation>error de red al comunicarse con Horizon en {url}: {error}</translation>
    </message>
    <message>
        <source>unknown network {name!r}: use testnet or public</source>
        <translation>red desconocida {name!r}: use testnet o public</translation>
    </message>
    <message>
        <source>nothing to put in the QR code</source>
        <translation>no hay nada que poner en el código QR</translation>
    </message>
    <message>
        <source>{size} characters are too many for a scannable QR code; shorten the message</source>
        <translation>{size} caracteres son demasiados para un código QR escaneable; acorte el mensaje</translation>
    </message>
    <message>
        <source>the QR scale must be a whole number of pixels, at least 1</source>
        <translation>la escala del QR debe ser un número entero de píxeles, al menos 1</translation>
    </message>
    <message>
        <source>Horizon sent an account without a sequence number</source>
        <translation>Horizon envió una cuenta sin número de secuencia</translation>
    </message>
    <message>
        <source>Horizon sent fee statistics posapp cannot read</source>
        <translation>Horizon envió estadísticas de comisiones que posapp no puede leer</translation>
    </message>
    <message>
        <source>cannot reach Horizon at {url} ({error}): try again</source>
        <translation>no se puede conectar con Horizon en {url} ({error}): inténtelo de nuevo</translation>
    </message>
    <message>
        <source>Horizon answered HTTP {status} for {path}</source>
        <translation>Horizon respondió HTTP {status} para {path}</translation>
    </message>
    <message>
        <source>Horizon sent something that is not JSON for {path}</source>
        <translation>Horizon envió algo que no es JSON para {path}</translation>
    </message>
    <message>
        <source>Horizon sent something that is not a JSON object for {path}</source>
        <translation>Horizon envió algo que no es un objeto JSON para {path}</translation>
    </message>
    <message>
        <source>Horizon sent a {what} that is not a string</source>
        <translation>Horizon envió un valor de {what} que no es una cadena</translation>
    </message>
    <message>
        <source>Horizon sent a {what} that is not a number</source>
        <translation>Horizon envió un valor de {what} que no es un número</translation>
    </message>
    <message>
        <source>a text memo holds at most 28 bytes</source>
        <translation>un memo de texto admite como máximo 28 bytes</translation>
    </message>
    <message>
        <source>an id memo is a whole number below 2^64</source>
        <translation>un memo de id es un número entero menor que 2^64</translation>
    </message>
    <message>
        <source>memo type {memo_type!r} is not text or id</source>
        <translation>el tipo de memo {memo_type!r} no es text ni id</translation>
    </message>
    <message>
        <source>{address!r} is not a Stellar G… or M… address</source>
        <translation>{address!r} no es una dirección G… o M… de Stellar</translation>
    </message>
    <message>
        <source>the payment memo is empty</source>
        <translation>el memo del pago está vacío</translation>
    </message>
    <message>
        <source>the payment memo is not valid text</source>
        <translation>el memo del pago no es un texto válido</translation>
    </message>
    <message>
        <source>the payment memo is {size} bytes; a Stellar text memo holds {limit}</source>
        <translation>el memo del pago tiene {size} bytes; un memo de texto de Stellar admite {limit}</translation>
    </message>
    <message>
        <source>the payment destination must be a valid G… account</source>
        <translation>el destino del pago debe ser una cuenta G… válida</translation>
    </message>
    <message>
        <source>the asset issuer must be a valid G… account</source>
        <translation>el emisor del activo debe ser una cuenta G… válida</translation>
    </message>
    <message>
        <source>the asset code must be 1–12 letters or digits</source>
        <translation>el código del activo debe tener de 1 a 12 letras o dígitos</translation>
    </message>
    <message>
        <source>the payment message is not valid text</source>
        <translation>el mensaje del pago no es un texto válido</translation>
    </message>
    <message>
        <source>a SEP-7 URI must be text</source>
        <translation>un URI SEP-7 debe ser texto</translation>
    </message>
    <message>
        <source>not a usable SEP-7 pay URI: {error}</source>
        <translation>no es un URI de pago SEP-7 utilizable: {error}</translation>
    </message>
    <message>
        <source>the SEP-7 destination is not a valid G… or M… account</source>
        <translation>el destino SEP-7 no es una cuenta G… o M… válida</translation>
    </message>
    <message>
        <source>not a database URL: {url!r}</source>
        <translation>no es una URL de base de datos: {url!r}</translation>
    </message>
    <message>
        <source>unsupported database {drivername!r}: use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB</source>
        <translation>base de datos no compatible {drivername!r}: use sqlite:///FILE o postgresql+psycopg://USER@HOST/DB</translation>
    </message>
    <message>
        <source>cannot open the database {url}: {error}</source>
        <translation>no se puede abrir la base de datos {url}: {error}</translation>
    </message>
    <message>
        <source>no webhook event {event_id}</source>
        <translation>no existe el evento de webhook {event_id}</translation>
    </message>
    <message>
        <source>unknown webhook status {status!r} (one of {statuses})</source>
        <translation>estado de webhook desconocido {status!r} (uno de {statuses})</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} no es un número</translation>
    </message>
    <message>
        <source>No receipt printer is set up: an admin chooses one in Settings → Receipts. You can save the receipt as a PDF meanwhile.</source>
        <translation>No hay ninguna impresora de recibos configurada: un administrador la elige en Configuración → Recibos. Mientras tanto, puede guardar el recibo como PDF.</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({reason})</source>
        <translation>no se puede crear la carpeta {folder} ({reason})</translation>
    </message>
    <message>
        <source>cannot write the PDF {path}: is the folder writable?</source>
        <translation>no se puede escribir el PDF {path}: ¿se puede escribir en la carpeta?</translation>
    </message>
    <message>
        <source>cannot write the PDF {path}</source>
        <translation>no se puede escribir el PDF {path}</translation>
    </message>
    <message>
        <source>no printer named {name} on this computer (printers: {names})</source>
        <translation>no hay ninguna impresora llamada {name} en este equipo (impresoras: {names})</translation>
    </message>
    <message>
        <source>no printer named {name} on this computer (printers: none)</source>
        <translation>no hay ninguna impresora llamada {name} en este equipo (impresoras: ninguna)</translation>
    </message>
    <message>
        <source>no default printer on this computer (printers: {names})</source>
        <translation>no hay impresora predeterminada en este equipo (impresoras: {names})</translation>
    </message>
    <message>
        <source>no default printer on this computer (printers: none)</source>
        <translation>no hay impresora predeterminada en este equipo (impresoras: ninguna)</translation>
    </message>
    <message>
        <source>the printer {name} did not accept the receipt</source>
        <translation>la impresora {name} no aceptó el recibo</translation>
    </message>
    <message>
        <source>the printer {name} reported an error</source>
        <translation>la impresora {name} informó de un error</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds from 3 to 3600</source>
        <translation>{variable} debe ser un número de segundos de 3 a 3600</translation>
    </message>
    <message>
        <source>the stored webhook secret is unreadable; set a new one</source>
        <translation>el secreto del webhook guardado no se puede leer; establezca uno nuevo</translation>
    </message>
    <message>
        <source>webhook secret is shorter than {minimum} bytes</source>
        <translation>el secreto del webhook tiene menos de {minimum} bytes</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: {problem}; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>no se puede guardar el secreto del webhook: {problem}; instale y desbloquee un Secret Service (p. ej. gnome-keyring o KWallet), o active el almacén en archivo con `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: the OS keyring is locked; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>no se puede guardar el secreto del webhook: el llavero del sistema está bloqueado; instale y desbloquee un Secret Service (p. ej. gnome-keyring o KWallet), o active el almacén en archivo con `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: keyring error ({error}); install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>no se puede guardar el secreto del webhook: error del llavero ({error}); instale y desbloquee un Secret Service (p. ej. gnome-keyring o KWallet), o active el almacén en archivo con `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>webhook secret is not valid base64 (expected whsec_…)</source>
        <translation>el secreto del webhook no es base64 válido (se esperaba whsec_…)</translation>
    </message>
    <message>
        <source>webhook secret must be text</source>
        <translation>el secreto del webhook debe ser texto</translation>
    </message>
    <message>
        <source>webhook secret is empty</source>
        <translation>el secreto del webhook está vacío</translation>
    </message>
    <message>
        <source>no webhook secret to sign with</source>
        <translation>no hay secreto de webhook con el que firmar</translation>
    </message>
    <message>
        <source>no webhook secret to verify with</source>
        <translation>no hay secreto de webhook con el que verificar</translation>
    </message>
    <message>
        <source>missing webhook-id, webhook-timestamp or webhook-signature</source>
        <translation>falta webhook-id, webhook-timestamp o webhook-signature</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a number</source>
        <translation>webhook-timestamp no es un número</translation>
    </message>
    <message>
        <source>webhook timestamp too old</source>
        <translation>marca de tiempo del webhook demasiado antigua</translation>
    </message>
    <message>
        <source>webhook timestamp too new</source>
        <translation>marca de tiempo del webhook demasiado reciente</translation>
    </message>
    <message>
        <source>no matching webhook signature</source>
        <translation>ninguna firma de webhook coincide</translation>
    </message>
    <message>
        <source>Cannot reach the server (no answer in time).</source>
        <translation>No se puede conectar con el servidor (no respondió a tiempo).</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>No se puede conectar con el servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>Falló la conexión con el servidor.</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation>zona horaria desconocida {name!r}</translation>
    </message>
</context>
</TS>
