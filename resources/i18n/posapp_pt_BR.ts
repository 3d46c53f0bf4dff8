<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountField</name>
    <message>
        <source>G…  (56 characters)</source>
        <translation>G…  (56 caracteres)</translation>
    </message>
    <message>
        <source>Refused: {warning}.</source>
        <translation>Recusado: {warning}.</translation>
    </message>
    <message>
        <source>Looking the account up on {where}…</source>
        <translation>Consultando a conta via {where}…</translation>
    </message>
    <message>
        <source>Could not reach Horizon</source>
        <translation>Não foi possível acessar o Horizon</translation>
    </message>
    <message>
        <source>{error}. You can continue; posapp checks the account again when it starts.</source>
        <translation>{error}. Você pode continuar; o posapp verifica a conta de novo ao iniciar.</translation>
    </message>
    <message>
        <source>Account not found on this network</source>
        <translation>Conta não encontrada nesta rede</translation>
    </message>
    <message>
        <source>Account exists ({balance} XLM)</source>
        <translation>A conta existe ({balance} XLM)</translation>
    </message>
    <message>
        <source>Account exists</source>
        <translation>A conta existe</translation>
    </message>
    <message>
        <source>USDC trustline in place</source>
        <translation>Trustline de USDC configurada</translation>
    </message>
    <message>
        <source>Circle&apos;s USDC ({issuer})</source>
        <translation>USDC da Circle ({issuer})</translation>
    </message>
    <message>
        <source>Memo required (SEP-29)</source>
        <translation>Memo obrigatório (SEP-29)</translation>
    </message>
    <message>
        <source>Wallets must send a memo to this account. Fine: posapp puts one in every payment request.</source>
        <translation>As carteiras precisam enviar um memo para esta conta. Tudo bem: o posapp inclui um em cada solicitação de pagamento.</translation>
    </message>
    <message>
        <source>No memo requirement</source>
        <translation>Sem exigência de memo</translation>
    </message>
    <message>
        <source>No USDC trustline — customers&apos; payments would fail</source>
        <translation>Sem trustline de USDC — os pagamentos dos clientes falhariam</translation>
    </message>
    <message>
        <source>USDC trustline not authorized</source>
        <translation>Trustline de USDC não autorizada</translation>
    </message>
    <message>
        <source>USDC trustline is full</source>
        <translation>Trustline de USDC cheia</translation>
    </message>
    <message>
        <source>USDC from another issuer</source>
        <translation>USDC de outro emissor</translation>
    </message>
    <message>
        <source>Check this</source>
        <translation>Verifique isto</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your shop&apos;s Stellar account</source>
        <translation>A conta Stellar da sua loja</translation>
    </message>
    <message>
        <source>Paste the public address (it starts with G) of the account customers pay. Never enter a secret key (it starts with S).</source>
        <translation>Cole o endereço público (começa com G) da conta que recebe os pagamentos dos clientes. Nunca digite uma chave secreta (começa com S).</translation>
    </message>
    <message>
        <source>Check account</source>
        <translation>Verificar conta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account address&lt;/b&gt;</source>
        <translation>&lt;b&gt;Endereço da conta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the public network</source>
        <translation>rede pública</translation>
    </message>
    <message>
        <source>testnet</source>
        <translation>rede de testes</translation>
    </message>
    <message>
        <source>Create the account first, then press Check account again.</source>
        <translation>Crie a conta primeiro e depois clique em Verificar conta novamente.</translation>
    </message>
    <message>
        <source>You can continue and fix this later, but payments cannot arrive until it is fixed. Press Next to continue.</source>
        <translation>Você pode continuar e corrigir isso depois, mas nenhum pagamento chegará até que seja corrigido. Clique em Avançar para continuar.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Create the administrator</source>
        <translation>Criar o administrador</translation>
    </message>
    <message>
        <source>The admin changes settings and adds cashiers and owners. You sign in with this name and PIN.</source>
        <translation>O administrador altera as configurações e cadastra operadores de caixa e proprietários. Você entra com este nome e PIN.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>PIN ou senha:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repita:</translation>
    </message>
    <message>
        <source>A PIN has {min_digits} to {max_digits} digits (not 0000 or 1234); a password has 8 to {max_characters} characters. It is stored only as a bcrypt hash.</source>
        <translation>Um PIN tem de {min_digits} a {max_digits} dígitos (não 0000 nem 1234); uma senha tem de 8 a {max_characters} caracteres. Ela é armazenada apenas como hash bcrypt.</translation>
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
        <translation>cancelar uma venda parcialmente paga</translation>
    </message>
    <message>
        <source>settle other way</source>
        <translation>liquidar de outra forma</translation>
    </message>
    <message>
        <source>view history</source>
        <translation>ver o histórico</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportar</translation>
    </message>
    <message>
        <source>attach unmatched</source>
        <translation>vincular um pagamento não associado</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolsar</translation>
    </message>
    <message>
        <source>manage webhooks</source>
        <translation>gerenciar webhooks</translation>
    </message>
    <message>
        <source>view audit</source>
        <translation>ver a auditoria</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>aprovar</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>alterar as configurações</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gerenciar usuários</translation>
    </message>
    <message>
        <source>manage items</source>
        <translation>gerenciar itens</translation>
    </message>
    <message>
        <source>discount above limit</source>
        <translation>dar desconto acima do limite</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>operador de caixa</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>proprietário</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Owner approval</source>
        <translation>Aprovação do proprietário</translation>
    </message>
    <message>
        <source>Owner approval needed</source>
        <translation>Aprovação do proprietário necessária</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({role}) asks to &lt;b&gt;{action}&lt;/b&gt;. An owner or admin approves it once with their PIN.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({role}) pede para &lt;b&gt;{action}&lt;/b&gt;. Um proprietário ou administrador aprova uma única vez com o próprio PIN.</translation>
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
        <translation>Aprovador:</translation>
    </message>
    <message>
        <source>No owner or admin can approve this on this counter.</source>
        <translation>Nenhum proprietário ou administrador pode aprovar isto neste caixa.</translation>
    </message>
    <message>
        <source>Owner: enter your PIN</source>
        <translation>Proprietário: digite seu PIN</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach payment to a sale</source>
        <translation>Vincular pagamento a uma venda</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount} USDC&lt;/b&gt; received {when} from {payer}&lt;br&gt;memo: {memo} · {reason}</source>
        <translation>&lt;b&gt;{amount} USDC&lt;/b&gt; recebido {when} de {payer}&lt;br&gt;memo: {memo} · {reason}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Due (USDC)</source>
        <translation>A pagar (USDC)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>{due}  = remaining</source>
        <translation>{due}  = restante</translation>
    </message>
    <message>
        <source>or type / paste a sale id (pay_…)</source>
        <translation>ou digite / cole o id de uma venda (pay_…)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Vincular…</translation>
    </message>
    <message>
        <source>Sales it could belong to</source>
        <translation>Vendas às quais pode pertencer</translation>
    </message>
    <message>
        <source>No sale in the window</source>
        <translation>Nenhuma venda no período</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <source>Search items</source>
        <translation>Buscar itens</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation>Limpar carrinho</translation>
    </message>
    <message>
        <source>Line discount: 10% or 5.00</source>
        <translation>Desconto no item: 10% ou 5.00</translation>
    </message>
    <message>
        <source>Cart discount: 10% or 5.00</source>
        <translation>Desconto no carrinho: 10% ou 5.00</translation>
    </message>
    <message>
        <source>Tip: 10% or 20</source>
        <translation>Gorjeta: 10% ou 20</translation>
    </message>
    <message>
        <source>All</source>
        <comment>every category of items</comment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>cart line of a keyed amount</comment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>{name}  (−{discount})</source>
        <translation>{name}  (−{discount})</translation>
    </message>
    <message>
        <source>Cart empty: tap items, scan a barcode, or key an amount.</source>
        <translation>Carrinho vazio: toque nos itens, leia um código de barras ou digite um valor.</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>Total {total}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} added · tip {tip}</source>
        <translation>Subtotal {subtotal} · desconto −{discount} · imposto {tax} acrescido · gorjeta {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} incl. · tip {tip}</source>
        <translation>Subtotal {subtotal} · desconto −{discount} · imposto {tax} incl. · gorjeta {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} added</source>
        <translation>Subtotal {subtotal} · desconto −{discount} · imposto {tax} acrescido</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · discount −{discount} · tax {tax} incl.</source>
        <translation>Subtotal {subtotal} · desconto −{discount} · imposto {tax} incl.</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} added · tip {tip}</source>
        <translation>Subtotal {subtotal} · imposto {tax} acrescido · gorjeta {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} incl. · tip {tip}</source>
        <translation>Subtotal {subtotal} · imposto {tax} incl. · gorjeta {tip}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} added</source>
        <translation>Subtotal {subtotal} · imposto {tax} acrescido</translation>
    </message>
    <message>
        <source>Subtotal {subtotal} · tax {tax} incl.</source>
        <translation>Subtotal {subtotal} · imposto {tax} incl.</translation>
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
        <translation>Cancelar venda	Esc</translation>
    </message>
    <message>
        <source>New sale	Del</source>
        <translation>Nova venda	Del</translation>
    </message>
    <message>
        <source>Show customer display</source>
        <translation>Mostrar tela do cliente</translation>
    </message>
    <message>
        <source>Customer display full screen on second screen</source>
        <translation>Tela do cliente em tela cheia no segundo monitor</translation>
    </message>
    <message>
        <source>Mute payment sound</source>
        <translation>Silenciar som de pagamento</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Sales history…</source>
        <translation>Histórico de vendas…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Items…</source>
        <translation>Itens…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Trocar usuário</translation>
    </message>
    <message>
        <source>Print receipt	P</source>
        <translation>Imprimir recibo	P</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Salvar recibo como PDF…</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Venda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Loja</translation>
    </message>
</context>
<context>
    <name>CashierStatusBar</name>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>REDE DE TESTES — dinheiro fictício</translation>
    </message>
    <message>
        <source>Stellar public network</source>
        <translation>Rede pública Stellar</translation>
    </message>
    <message>
        <source>Rate: waiting…</source>
        <translation>Cotação: aguardando…</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Usuário: {name} ({role})</translation>
    </message>
    <message>
        <source>● Payments: {state}</source>
        <translation>● Pagamentos: {state}</translation>
    </message>
    <message>
        <source>Payments are detected as they happen.</source>
        <translation>Os pagamentos são detectados assim que acontecem.</translation>
    </message>
</context>
<context>
    <name>CashierWindow</name>
    <message>
        <source>{currency} has no decimals: the decimal key is off.</source>
        <translation>{currency} não tem casas decimais: a tecla decimal está desativada.</translation>
    </message>
    <message>
        <source>{currency} amounts take {places} decimals: no more after the point.</source>
        <translation>Valores em {currency} têm {places} casas decimais: não mais que isso após a vírgula.</translation>
    </message>
    <message>
        <source>The largest amount is {largest}: that key was not taken.</source>
        <translation>O maior valor é {largest}: essa tecla não foi aceita.</translation>
    </message>
    <message>
        <source>{shop} — posapp</source>
        <translation>{shop} — posapp</translation>
    </message>
    <message>
        <source>{shop} — posapp — TEST NETWORK</source>
        <translation>{shop} — posapp — REDE DE TESTES</translation>
    </message>
    <message>
        <source>AMOUNT · {currency}</source>
        <translation>VALOR · {currency}</translation>
    </message>
    <message>
        <source>Note (optional), e.g. table 4</source>
        <translation>Observação (opcional), p. ex. mesa 4</translation>
    </message>
    <message>
        <source>Switch user (signed in: {name})</source>
        <translation>Trocar usuário (atual: {name})</translation>
    </message>
    <message>
        <source>Cancel this sale? The customer may be paying. Press Esc again to cancel.</source>
        <translation>Cancelar esta venda? O cliente pode estar pagando. Pressione Esc novamente para cancelar.</translation>
    </message>
    <message>
        <source>Part of this sale is paid: take the rest in cash (F2) or by card (F3), give back what was received (F4), or park the sale (F8) to serve the next customer.</source>
        <translation>Parte desta venda já foi paga: receba o restante em dinheiro (F2) ou no cartão (F3), devolva o que foi recebido (F4) ou deixe a venda em espera (F8) para atender o próximo cliente.</translation>
    </message>
    <message>
        <source>Finish or cancel (Esc) the current sale first.</source>
        <translation>Primeiro conclua ou cancele (Esc) a venda atual.</translation>
    </message>
    <message>
        <source>Finish, cancel (Esc) or park (F8) the current sale first.</source>
        <translation>Primeiro conclua, cancele (Esc) ou deixe em espera (F8) a venda atual.</translation>
    </message>
    <message>
        <source>Key an amount first.</source>
        <translation>Digite um valor primeiro.</translation>
    </message>
    <message>
        <source>Getting a fresh exchange rate… the sale starts as soon as it arrives. ({reason})</source>
        <translation>Obtendo uma cotação atualizada… a venda começa assim que ela chegar. ({reason})</translation>
    </message>
    <message>
        <source>Cannot charge: {reason}</source>
        <translation>Não é possível cobrar: {reason}</translation>
    </message>
    <message>
        <source>The customer is choosing a tip on their screen… (Enter again: no tip)</source>
        <translation>O cliente está escolhendo a gorjeta na tela dele… (Enter de novo: sem gorjeta)</translation>
    </message>
    <message>
        <source>approve a discount above {limit} %</source>
        <translation>aprovar um desconto acima de {limit} %</translation>
    </message>
    <message>
        <source>{amount} is a large amount (about {usdc}, above the shop&apos;s {limit} limit). Check it, then press Enter again to charge it.</source>
        <translation>{amount} é um valor alto (cerca de {usdc}, acima do limite de {limit} da loja). Confira e pressione Enter novamente para cobrar.</translation>
    </message>
    <message>
        <source>Cannot cancel: {reason}</source>
        <translation>Não é possível cancelar: {reason}</translation>
    </message>
    <message>
        <source>Part of this sale is already paid, so it cannot be cancelled as it is: take the rest in cash (F2) or by card (F3), give back what was received (F4), or park it (F8).</source>
        <translation>Parte desta venda já foi paga, então ela não pode ser cancelada assim: receba o restante em dinheiro (F2) ou no cartão (F3), devolva o que foi recebido (F4) ou deixe-a em espera (F8).</translation>
    </message>
    <message>
        <source>Part of this sale is already paid, so it cannot be cancelled as it is: let the customer pay the rest, or settle it from the history.</source>
        <translation>Parte desta venda já foi paga, então ela não pode ser cancelada assim: deixe o cliente pagar o restante ou liquide-a pelo histórico.</translation>
    </message>
    <message>
        <source>Parked sale {amount}: {state}.</source>
        <translation>Venda em espera {amount}: {state}.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n unfinished sale(s) of this counter.</source>
        <translation>
            <numerusform>%n venda não concluída deste caixa foi recuperada.</numerusform>
            <numerusform>%n vendas não concluídas deste caixa foram recuperadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>take the rest of the {amount} sale in cash</source>
        <translation>receber em dinheiro o restante da venda de {amount}</translation>
    </message>
    <message>
        <source>take the rest of the {amount} sale by card</source>
        <translation>receber no cartão o restante da venda de {amount}</translation>
    </message>
    <message>
        <source>give back the {amount} received and cancel the sale</source>
        <translation>devolver os {amount} recebidos e cancelar a venda</translation>
    </message>
    <message>
        <source>Park or finish the sale on screen before resuming another.</source>
        <translation>Deixe em espera ou conclua a venda na tela antes de retomar outra.</translation>
    </message>
    <message>
        <source>An owner must {reason}.</source>
        <translation>Um proprietário precisa {reason}.</translation>
    </message>
    <message>
        <source>Not approved: nothing was changed.</source>
        <translation>Não aprovado: nada foi alterado.</translation>
    </message>
    <message>
        <source>Sale {amount} parked: it can still be paid. Resume it from the list (F9).</source>
        <translation>Venda de {amount} em espera: ela ainda pode ser paga. Retome-a pela lista (F9).</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Não realizado: {reason}</translation>
    </message>
    <message>
        <source>attach the {amount} payment to this sale</source>
        <translation>vincular o pagamento de {amount} a esta venda</translation>
    </message>
    <message>
        <source>Rate: {rate} · {source}</source>
        <translation>Cotação: {rate} · {source}</translation>
    </message>
    <message>
        <source>Rate: {rate} · {source} at {time}</source>
        <translation>Cotação: {rate} · {source} às {time}</translation>
    </message>
    <message>
        <source>Rate unavailable: {reason}</source>
        <translation>Cotação indisponível: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>Atualizando</translation>
    </message>
    <message>
        <source>Checking the network for payments made while this counter was away…</source>
        <translation>Verificando na rede os pagamentos feitos enquanto este caixa estava desconectado…</translation>
    </message>
    <message>
        <source>Catching up with the network: this payment will be confirmed in a moment.</source>
        <translation>Atualizando com a rede: este pagamento será confirmado em instantes.</translation>
    </message>
    <message>
        <source>Payment detection interrupted since {time}, reconnecting ({detail}). You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Detecção de pagamentos interrompida desde {time}, reconectando ({detail}). Você ainda pode cobrar: os pagamentos serão confirmados quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Payment detection interrupted since {time}, reconnecting. You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Detecção de pagamentos interrompida desde {time}, reconectando. Você ainda pode cobrar: os pagamentos serão confirmados quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Reconnecting since {time}</source>
        <translation>Reconectando desde {time}</translation>
    </message>
    <message>
        <source>Connection interrupted: this payment will be confirmed when the connection returns.</source>
        <translation>Conexão interrompida: este pagamento será confirmado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Payment detection offline since {time} ({detail}). You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Detecção de pagamentos offline desde {time} ({detail}). Você ainda pode cobrar: os pagamentos serão confirmados quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Payment detection offline since {time}. You can still charge: payments will be confirmed when the connection returns.</source>
        <translation>Detecção de pagamentos offline desde {time}. Você ainda pode cobrar: os pagamentos serão confirmados quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Offline desde {time}</translation>
    </message>
    <message>
        <source>Offline: this payment will be confirmed when the connection returns.</source>
        <translation>Offline: este pagamento será confirmado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Payment detection has stopped ({detail}). Restart posapp: payments made meanwhile are confirmed when it runs again.</source>
        <translation>A detecção de pagamentos parou ({detail}). Reinicie o posapp: os pagamentos feitos nesse meio-tempo serão confirmados quando ele voltar a funcionar.</translation>
    </message>
    <message>
        <source>Payment detection has stopped. Restart posapp: payments made meanwhile are confirmed when it runs again.</source>
        <translation>A detecção de pagamentos parou. Reinicie o posapp: os pagamentos feitos nesse meio-tempo serão confirmados quando ele voltar a funcionar.</translation>
    </message>
    <message>
        <source>Detection stopped</source>
        <translation>Detecção parada</translation>
    </message>
    <message>
        <source>Detection stopped: this payment will be confirmed when the connection returns.</source>
        <translation>Detecção parada: este pagamento será confirmado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connecting to the Stellar network…</source>
        <translation>Conectando à rede Stellar…</translation>
    </message>
    <message>
        <source>Connecting: this payment will be confirmed when the connection returns.</source>
        <translation>Conectando: este pagamento será confirmado quando a conexão voltar.</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Sales history</source>
        <translation>Histórico de vendas</translation>
    </message>
    <message>
        <source>The sales history is not available: {reason}</source>
        <translation>O histórico de vendas não está disponível: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the sales history: {reason}</source>
        <translation>Não foi possível abrir o histórico de vendas: {reason}</translation>
    </message>
    <message>
        <source>Settings saved: the next sale uses them. Restart posapp to use the new {what}.</source>
        <translation>Configurações salvas: a próxima venda já as usa. Reinicie o posapp para aplicar a nova configuração de {what}.</translation>
    </message>
    <message>
        <source>Settings saved: the next sale uses them.</source>
        <translation>Configurações salvas: a próxima venda já as usa.</translation>
    </message>
    <message>
        <source>Settings saved, but the counter could not use them: {reason}. Restart posapp to use them.</source>
        <translation>Configurações salvas, mas o caixa não conseguiu aplicá-las: {reason}. Reinicie o posapp para usá-las.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>… and %n more</source>
        <translation>… e mais %n</translation>
    </message>
    <message>
        <source>Discount −{amount}</source>
        <translation>Desconto −{amount}</translation>
    </message>
    <message>
        <source>Tax {amount}</source>
        <translation>Imposto {amount}</translation>
    </message>
    <message>
        <source>incl. tax {amount}</source>
        <translation>imposto incl. {amount}</translation>
    </message>
    <message>
        <source>Tip {amount}</source>
        <translation>Gorjeta {amount}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Would you like to add a tip?</source>
        <translation>Deseja adicionar uma gorjeta?</translation>
    </message>
    <message>
        <source>No tip</source>
        <translation>Sem gorjeta</translation>
    </message>
    <message>
        <source>Welcome to</source>
        <translation>Seja bem-vindo(a)</translation>
    </message>
    <message>
        <source>We accept USDC on Stellar.
Your total will appear here.</source>
        <translation>Aceitamos USDC na rede Stellar.
O total da sua compra aparecerá aqui.</translation>
    </message>
    <message>
        <source>🌐 Language</source>
        <translation>🌐 Idioma</translation>
    </message>
    <message>
        <source>Scan with your Stellar wallet</source>
        <translation>Escaneie com sua carteira Stellar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Scan for your receipt: this payment on the public ledger</source>
        <translation>Escaneie para obter seu comprovante: este pagamento no registro público</translation>
    </message>
    <message>
        <source>{shop} — customer display</source>
        <translation>{shop} — tela do cliente</translation>
    </message>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>REDE DE TESTES — dinheiro fictício</translation>
    </message>
    <message>
        <source>Expires in {time}</source>
        <translation>Expira em {time}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>O tempo acabou</translation>
    </message>
    <message>
        <source>Partially paid: {received} received.
Please pay the remaining {due}.</source>
        <translation>Pagamento parcial: recebemos {received}.
Por favor, pague o restante de {due}.</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Pagar {amount}</translation>
    </message>
    <message>
        <source>Transaction {hash}</source>
        <translation>Transação {hash}</translation>
    </message>
    <message>
        <source>{usdc} + {rest} cash</source>
        <translation>{usdc} + {rest} em dinheiro</translation>
    </message>
    <message>
        <source>{usdc} + {rest} card</source>
        <translation>{usdc} + {rest} no cartão</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Obrigado!</translation>
    </message>
    <message>
        <source>{amount} was received:
the cashier will sort it out with you.</source>
        <translation>Recebemos {amount}:
o operador de caixa vai resolver isso com você.</translation>
    </message>
    <message>
        <source>Please ask the cashier to start again.</source>
        <translation>Por favor, peça ao operador de caixa para começar de novo.</translation>
    </message>
    <message>
        <source>This payment request has expired.</source>
        <translation>Esta solicitação de pagamento expirou.</translation>
    </message>
    <message>
        <source>The {amount} you paid will be given back.
Please do not pay this request.</source>
        <translation>Os {amount} que você pagou serão devolvidos.
Por favor, não pague esta solicitação.</translation>
    </message>
    <message>
        <source>Please do not pay this request.</source>
        <translation>Por favor, não pague esta solicitação.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>This sale was cancelled.</source>
        <translation>Esta venda foi cancelada.</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>Simulate customer &amp;payment</source>
        <translation>Simular &amp;pagamento do cliente</translation>
    </message>
    <message>
        <source>Simulate customer payment</source>
        <translation>Simular pagamento do cliente</translation>
    </message>
    <message>
        <source>Demo — simulate the customer:</source>
        <translation>Demonstração — simular o cliente:</translation>
    </message>
    <message>
        <source>Sign in again as {name}, PIN {pin}</source>
        <translation>Entre novamente como {name}, PIN {pin}</translation>
    </message>
    <message>
        <source>Switch user (Ctrl+L) or the idle lock shows the login</source>
        <translation>Trocar usuário (Ctrl+L) ou o bloqueio por inatividade mostra o login</translation>
    </message>
    <message>
        <source>Pay exact amount</source>
        <translation>Pagar valor exato</translation>
    </message>
    <message>
        <source>Pay half (partial)</source>
        <translation>Pagar metade (parcial)</translation>
    </message>
    <message>
        <source>Pay with fake-issuer USDC</source>
        <translation>Pagar com USDC de emissor falso</translation>
    </message>
    <message>
        <source>Start a sale first: there is nothing to pay.</source>
        <translation>Inicie uma venda primeiro: não há nada a pagar.</translation>
    </message>
    <message>
        <source>Simulated customer signs and sends {amount} look-alike USDC from a fake issuer…</source>
        <translation>O cliente simulado assina e envia {amount} em USDC falsificado de um emissor falso…</translation>
    </message>
    <message>
        <source>Simulated customer signs and sends {amount} USDC…</source>
        <translation>O cliente simulado assina e envia {amount} USDC…</translation>
    </message>
    <message>
        <source>Signed payment on the network: tx {tx}…. posapp ignores it (not Circle&apos;s USDC): the sale stays unpaid.</source>
        <translation>Pagamento assinado na rede: tx {tx}…. O posapp o ignora (não é USDC da Circle): a venda continua não paga.</translation>
    </message>
    <message>
        <source>Signed payment on the network: tx {tx}….</source>
        <translation>Pagamento assinado na rede: tx {tx}….</translation>
    </message>
    <message>
        <source>Simulated payment failed: {reason}</source>
        <translation>Falha no pagamento simulado: {reason}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>posapp is ready</source>
        <translation>O posapp está pronto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Webhook signing secret&lt;/b&gt;</source>
        <translation>&lt;b&gt;Segredo de assinatura do webhook&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{shop}&lt;/b&gt; takes USDC on testnet at {account}.</source>
        <translation>&lt;b&gt;{shop}&lt;/b&gt; recebe USDC na rede de testes em {account}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{shop}&lt;/b&gt; takes USDC on the public network at {account}.</source>
        <translation>&lt;b&gt;{shop}&lt;/b&gt; recebe USDC na rede pública em {account}.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configurações salvas</translation>
    </message>
    <message>
        <source>Administrator {name} created</source>
        <translation>Administrador {name} criado</translation>
    </message>
    <message>
        <source>Sign in with your PIN.</source>
        <translation>Entre com seu PIN.</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Ainda a fazer</translation>
    </message>
    <message>
        <source>Add cashiers and owners later in Settings → Users, or with `posapp users add NAME --role cashier`.</source>
        <translation>Cadastre operadores de caixa e proprietários depois em Configurações → Usuários, ou com `posapp users add NAME --role cashier`.</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>{error}

posapp keeps running; the details are in the log.</source>
        <translation>{error}

O posapp continua funcionando; os detalhes estão no log.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Paid (on time or late)</source>
        <translation>Pagas (no prazo ou atrasadas)</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation>Pagas no prazo</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Pagas com atraso</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Parcialmente pagas</translation>
    </message>
    <message>
        <source>Waiting for payment or partially paid</source>
        <translation>Aguardando pagamento ou parcialmente pagas</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiradas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Not paid (expired or cancelled)</source>
        <translation>Não pagas (expiradas ou canceladas)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Todos os caixas</translation>
    </message>
    <message>
        <source>Search note, pay_… id, tx hash or G… payer</source>
        <translation>Buscar observação, id pay_…, hash da tx ou pagador G…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>no rate</source>
        <translation>sem cotação</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Matched</source>
        <translation>Associado</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Não associado</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>A reembolsar</translation>
    </message>
    <message>
        <source>Refused (fake USDC)</source>
        <translation>Recusado (USDC falso)</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Aguardando pagamento</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Parcialmente paga</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Paga com atraso</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>Histórico de vendas</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Unmatched payments</source>
        <translation>Pagamentos não associados</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliação</translation>
    </message>
    <message numerus="yes">
        <source>Unmatched payments ({count})</source>
        <translation>
            <numerusform>Pagamentos não associados ({count})</numerusform>
            <numerusform>Pagamentos não associados ({count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Imposto %</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>À venda</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Salvar item</translation>
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
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} salvo.</translation>
    </message>
    <message numerus="yes">
        <source>%n items imported.</source>
        <translation>
            <numerusform>%n item importado.</numerusform>
            <numerusform>%n itens importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>Importar itens</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>Exportar itens</translation>
    </message>
    <message numerus="yes">
        <source>%n items written to {path}.</source>
        <translation>
            <numerusform>%n item gravado em {path}.</numerusform>
            <numerusform>%n itens gravados em {path}.</numerusform>
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
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Clear (Delete)</source>
        <translation>Limpar (Delete)</translation>
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
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>The same as the windows</source>
        <translation>O mesmo das janelas</translation>
    </message>
    <message>
        <source>Customers can choose the display&apos;s language</source>
        <translation>Os clientes podem escolher o idioma da tela</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Janelas:</translation>
    </message>
    <message>
        <source>Customer display:</source>
        <translation>Tela do cliente:</translation>
    </message>
    <message>
        <source>These choices belong to this counter. A new language for the windows shows after posapp restarts; the customer display changes at once. With the choice on, the display&apos;s welcome screen has a Language button, and a customer&apos;s choice lasts until their sale is over.</source>
        <translation>Estas opções valem para este caixa. Um novo idioma para as janelas aparece depois que o posapp for reiniciado; a tela do cliente muda na hora. Com a opção ativada, a tela de boas-vindas exibe um botão Idioma, e a escolha do cliente vale até o fim da venda dele.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Cashier</source>
        <translation>Operador de caixa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>{shop} — sign in</source>
        <translation>{shop} — entrar</translation>
    </message>
    <message>
        <source>posapp — sign in</source>
        <translation>posapp — entrar</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>Quem está no caixa?</translation>
    </message>
    <message>
        <source>No users yet. An administrator adds them with
posapp users add NAME --role cashier</source>
        <translation>Ainda não há usuários. Um administrador os cadastra com
posapp users add NAME --role cashier</translation>
    </message>
    <message>
        <source>‹  Not you? Choose another user</source>
        <translation>‹  Não é você? Escolha outro usuário</translation>
    </message>
    <message>
        <source>Enter your PIN or password</source>
        <translation>Digite seu PIN ou senha</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries.</source>
        <translation>Bloqueado após muitas tentativas erradas.</translation>
    </message>
    <message>
        <source>Starting… your PIN will be checked in a moment.</source>
        <translation>Iniciando… seu PIN será verificado em instantes.</translation>
    </message>
</context>
<context>
    <name>NetworkFields</name>
    <message>
        <source>Testnet — test money</source>
        <translation>Rede de testes — dinheiro fictício</translation>
    </message>
    <message>
        <source>Public network — real USDC</source>
        <translation>Rede pública — USDC real</translation>
    </message>
    <message>
        <source>For trying posapp out. Nothing paid on testnet has any value: rehearse a sale with a testnet wallet, then switch to the public network in Settings.</source>
        <translation>Para experimentar o posapp. Nada pago na rede de testes tem valor: ensaie uma venda com uma carteira da rede de testes e depois mude para a rede pública nas Configurações.</translation>
    </message>
    <message>
        <source>For real sales. Customers pay real USDC (by Circle) straight into your shop&apos;s own account.</source>
        <translation>Para vendas reais. Os clientes pagam USDC real (da Circle) diretamente na conta da própria loja.</translation>
    </message>
    <message>
        <source>leave empty to use the network&apos;s public Horizon</source>
        <translation>deixe vazio para usar o Horizon público da rede</translation>
    </message>
    <message>
        <source>Horizon server (advanced):</source>
        <translation>Servidor Horizon (avançado):</translation>
    </message>
    <message>
        <source>Real money: make sure the address you enter next is your shop&apos;s own account.</source>
        <translation>Dinheiro real: confira se o endereço que você vai digitar a seguir é a conta da sua própria loja.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Welcome to posapp</source>
        <translation>Bem-vindo ao posapp</translation>
    </message>
    <message>
        <source>Take USDC payments on Stellar at your counter. posapp only watches your shop&apos;s account: it never asks for, stores or uses a secret key.</source>
        <translation>Receba pagamentos em USDC na rede Stellar no seu caixa. O posapp apenas observa a conta da sua loja: ele nunca pede, armazena ou usa uma chave secreta.</translation>
    </message>
    <message>
        <source>Language of this counter:</source>
        <translation>Idioma deste caixa:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which network?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qual rede?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the Horizon server</source>
        <translation>servidor Horizon</translation>
    </message>
</context>
<context>
    <name>ParkedList</name>
    <message>
        <source>PARKED SALES · click or F9 to resume</source>
        <translation>VENDAS EM ESPERA · clique ou F9 para retomar</translation>
    </message>
    <message>
        <source>{amount} · {received} received · {note} · until {time}</source>
        <translation>{amount} · {received} recebido · {note} · até {time}</translation>
    </message>
    <message>
        <source>{amount} · {received} received · until {time}</source>
        <translation>{amount} · {received} recebido · até {time}</translation>
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
        <translation>Apagar o último dígito</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries.</source>
        <translation>Bloqueado após muitas tentativas erradas.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try left before a lock.</source>
        <translation>
            <numerusform>PIN errado. Resta %n tentativa antes do bloqueio.</numerusform>
            <numerusform>PIN errado. Restam %n tentativas antes do bloqueio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before a lock.</source>
        <translation>
            <numerusform>PIN errado. Resta %n tentativa antes do bloqueio.</numerusform>
            <numerusform>PIN errado. Restam %n tentativas antes do bloqueio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Você já pode tentar novamente.</translation>
    </message>
    <message>
        <source>{reason}
Try again in {delay}.</source>
        <translation>{reason}
Tente novamente em {delay}.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
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
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Voltar</translation>
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
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Stellar public network</source>
        <translation>Rede pública Stellar</translation>
    </message>
    <message>
        <source>Stellar testnet</source>
        <translation>Rede de testes Stellar</translation>
    </message>
    <message>
        <source>Scan to check this payment on the public Stellar ledger</source>
        <translation>Escaneie para conferir este pagamento no registro público da Stellar</translation>
    </message>
    <message>
        <source>Scan to check this refund on the public Stellar ledger</source>
        <translation>Escaneie para conferir este reembolso no registro público da Stellar</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>PAGO</translation>
    </message>
    <message>
        <source>PAID LATE</source>
        <translation>PAGO COM ATRASO</translation>
    </message>
    <message>
        <source>Paid after the payment window closed; accepted in full.</source>
        <translation>Pago após o encerramento do prazo de pagamento; aceito integralmente.</translation>
    </message>
    <message>
        <source>PARTIALLY PAID</source>
        <translation>PARCIALMENTE PAGO</translation>
    </message>
    <message>
        <source>{amount} still due.</source>
        <translation>Ainda a pagar: {amount}.</translation>
    </message>
    <message>
        <source>The sale expired before the rest arrived.</source>
        <translation>A venda expirou antes de o restante chegar.</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>NÃO PAGO</translation>
    </message>
    <message>
        <source>Overpaid by {amount} (refundable).</source>
        <translation>Pago a mais: {amount} (reembolsável).</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** SEGUNDA VIA ***</translation>
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
        <translation>Recibo de reembolso nº</translation>
    </message>
    <message>
        <source>For sale receipt no.</source>
        <translation>Referente ao recibo de venda nº</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Recibo nº</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Observação: {note}</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cotação</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>desconto</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>incl. tax</source>
        <translation>imposto incl.</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Gorjeta</translation>
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
        <translation>USDC recebido</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>Total da venda</translation>
    </message>
    <message>
        <source>Sale paid</source>
        <translation>Venda paga</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Data da venda</translation>
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
        <translation>Rede</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>TEST NETWORK — not real money</source>
        <translation>REDE DE TESTES — dinheiro fictício</translation>
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
        <translation>Preparando o recibo…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimindo…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Salvar recibo como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Salvando o PDF…</translation>
    </message>
    <message>
        <source>RECEIPT {number}</source>
        <translation>RECIBO {number}</translation>
    </message>
    <message>
        <source>Print the receipt? Press P (or PDF… to save it).</source>
        <translation>Imprimir o recibo? Pressione P (ou PDF… para salvá-lo).</translation>
    </message>
    <message>
        <source>Press P to print it.</source>
        <translation>Pressione P para imprimi-lo.</translation>
    </message>
    <message>
        <source>No receipt: {reason}</source>
        <translation>Sem recibo: {reason}</translation>
    </message>
    <message>
        <source>Receipt: {reason}</source>
        <translation>Recibo: {reason}</translation>
    </message>
    <message>
        <source>{reason} The sale is paid; press P to try again.</source>
        <translation>{reason} A venda está paga; pressione P para tentar novamente.</translation>
    </message>
    <message>
        <source>Receipt not printed: {reason} The sale is paid; press P to try again.</source>
        <translation>Recibo não impresso: {reason} A venda está paga; pressione P para tentar novamente.</translation>
    </message>
</context>
<context>
    <name>ReceiptFields</name>
    <message>
        <source>Show it; print when the cashier presses P</source>
        <translation>Mostrar; imprimir quando o operador de caixa pressionar P</translation>
    </message>
    <message>
        <source>Show it and offer to print (P)</source>
        <translation>Mostrar e oferecer impressão (P)</translation>
    </message>
    <message>
        <source>Print it at once</source>
        <translation>Imprimir na hora</translation>
    </message>
    <message>
        <source>No printer (preview only)</source>
        <translation>Sem impressora (apenas visualização)</translation>
    </message>
    <message>
        <source>Thermal printer on the network (ESC/POS)</source>
        <translation>Impressora térmica na rede (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on USB (ESC/POS)</source>
        <translation>Impressora térmica USB (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer on a serial port (ESC/POS)</source>
        <translation>Impressora térmica em porta serial (ESC/POS)</translation>
    </message>
    <message>
        <source>Thermal printer device file (ESC/POS)</source>
        <translation>Arquivo de dispositivo da impressora térmica (ESC/POS)</translation>
    </message>
    <message>
        <source>A printer of this computer</source>
        <translation>Uma impressora deste computador</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>Arquivos PDF em uma pasta</translation>
    </message>
    <message>
        <source>192.168.1.50 or 192.168.1.50:9100</source>
        <translation>192.168.1.50 ou 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>vendor:product in hex, e.g. 04b8:0e15</source>
        <translation>vendor:product em hexadecimal, p. ex. 04b8:0e15</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0 or COM3, optionally ?baudrate=19200</source>
        <translation>/dev/ttyUSB0 ou COM3, opcionalmente ?baudrate=19200</translation>
    </message>
    <message>
        <source>the printer&apos;s name (empty: the default printer)</source>
        <translation>o nome da impressora (vazio: a impressora padrão)</translation>
    </message>
    <message>
        <source>a folder, e.g. /home/shop/receipts</source>
        <translation>uma pasta, p. ex. /home/shop/receipts</translation>
    </message>
    <message>
        <source>as it should print, e.g. GSTIN 29ABCDE1234F1Z5</source>
        <translation>como deve ser impresso, p. ex. GSTIN 29ABCDE1234F1Z5</translation>
    </message>
    <message>
        <source>80 mm (48 characters a line)</source>
        <translation>80 mm (48 caracteres por linha)</translation>
    </message>
    <message>
        <source>58 mm (32 characters a line)</source>
        <translation>58 mm (32 caracteres por linha)</translation>
    </message>
    <message>
        <source>On every receipt</source>
        <translation>Em todos os recibos</translation>
    </message>
    <message>
        <source>Shop address:</source>
        <translation>Endereço da loja:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Tax id:</source>
        <translation>CNPJ/ID fiscal:</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>Rodapé:</translation>
    </message>
    <message>
        <source>Printer of this counter</source>
        <translation>Impressora deste caixa</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Impressora:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Onde:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Cópias:</translation>
    </message>
    <message>
        <source>When a sale is paid:</source>
        <translation>Quando uma venda é paga:</translation>
    </message>
    <message>
        <source>The QR opens the payment on</source>
        <translation>O QR abre o pagamento em</translation>
    </message>
    <message>
        <source>Public network:</source>
        <translation>Rede pública:</translation>
    </message>
    <message>
        <source>Testnet:</source>
        <translation>Rede de testes:</translation>
    </message>
    <message>
        <source>{hash} is replaced by the transaction hash.</source>
        <translation>{hash} é substituído pelo hash da transação.</translation>
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
        <translation>Recibo {number} impresso na impressora de recibos em {address}:{port}.</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the USB receipt printer {address}.</source>
        <translation>Recibo {number} impresso na impressora de recibos USB {address}.</translation>
    </message>
    <message>
        <source>Receipt {number} printed on the receipt printer on {address}.</source>
        <translation>Recibo {number} impresso na impressora de recibos em {address}.</translation>
    </message>
    <message>
        <source>Receipt {number} printed on {printer}.</source>
        <translation>Recibo {number} impresso em {printer}.</translation>
    </message>
    <message>
        <source>Receipt {number} sent to the printer {name}.</source>
        <translation>Recibo {number} enviado para a impressora {name}.</translation>
    </message>
    <message>
        <source>Receipt {number} saved as {path}.</source>
        <translation>Recibo {number} salvo como {path}.</translation>
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
        <translation>Recibo do posapp</translation>
    </message>
</context>
<context>
    <name>ReceiptReprint</name>
    <message>
        <source>Print receipt (COPY)</source>
        <translation>Imprimir recibo (SEGUNDA VIA)</translation>
    </message>
    <message>
        <source>Receipt PDF…</source>
        <translation>PDF do recibo…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Salvar recibo como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Preparando o recibo…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimindo…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Salvando o PDF…</translation>
    </message>
    <message>
        <source>Receipt not printed: {reason}</source>
        <translation>Recibo não impresso: {reason}</translation>
    </message>
</context>
<context>
    <name>ReconcileTab</name>
    <message>
        <source>Missing here</source>
        <translation>Falta aqui</translation>
    </message>
    <message>
        <source>Not on network</source>
        <translation>Ausente na rede</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Diferente</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>Total da venda</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Pago a mais</translation>
    </message>
    <message>
        <source>Refund sent</source>
        <translation>Reembolso enviado</translation>
    </message>
    <message>
        <source>Refund not settled</source>
        <translation>Reembolso não liquidado</translation>
    </message>
    <message>
        <source>Refund flagged</source>
        <translation>Reembolso sinalizado</translation>
    </message>
    <message>
        <source>Compare with the network</source>
        <translation>Comparar com a rede</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Re-reads the shop account&apos;s payments from Horizon and compares them with the payments stored here ({horizon}).</source>
        <translation>Relê no Horizon os pagamentos da conta da loja e os compara com os pagamentos armazenados aqui ({horizon}).</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Ledger time</source>
        <translation>Hora no ledger</translation>
    </message>
    <message>
        <source>Network (USDC)</source>
        <translation>Rede (USDC)</translation>
    </message>
    <message>
        <source>Stored (USDC)</source>
        <translation>Armazenado (USDC)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Lendo a rede…</translation>
    </message>
    <message numerus="yes">
        <source>Read {records} network records (%n pages)…</source>
        <translation>
            <numerusform>{records} registros da rede lidos (%n página)…</numerusform>
            <numerusform>{records} registros da rede lidos (%n páginas)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything matches.</source>
        <translation>Tudo confere.</translation>
    </message>
    <message numerus="yes">
        <source>%n differences.</source>
        <translation>
            <numerusform>%n diferença.</numerusform>
            <numerusform>%n diferenças.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overpaid payments: {amount} USDC beyond the sales, to refund.</source>
        <translation>
            <numerusform>%n pagamento a mais: {amount} USDC além das vendas, a reembolsar.</numerusform>
            <numerusform>%n pagamentos a mais: {amount} USDC além das vendas, a reembolsar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refunds sent; {waiting} waiting for a signature.</source>
        <translation>
            <numerusform>%n reembolso enviado; {waiting} aguardando assinatura.</numerusform>
            <numerusform>%n reembolsos enviados; {waiting} aguardando assinatura.</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} – {end}: network {network} payments, stored {stored}, matching {matching}. &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>{start} – {end}: pagamentos na rede {network}, armazenados {stored}, conferem {matching}. &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked against {horizon}</source>
        <translation>Conferido com {horizon}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Could not reconcile: {error}</source>
        <translation>Não foi possível conciliar: {error}</translation>
    </message>
    <message>
        <source>Reconciliation failed: {error}</source>
        <translation>Falha na conciliação: {error}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Waiting for the signed payment on the ledger…</source>
        <translation>Aguardando o pagamento assinado no ledger…</translation>
    </message>
    <message>
        <source>Refunded ✓</source>
        <translation>Reembolsado ✓</translation>
    </message>
    <message>
        <source>Expired: it was not submitted in time. Rebuild it to try again.</source>
        <translation>Expirado: não foi enviado a tempo. Gere-o novamente para tentar de novo.</translation>
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
        <translation>Verificando o que pode ser reembolsado…</translation>
    </message>
    <message>
        <source>e.g. returned item</source>
        <translation>p. ex. item devolvido</translation>
    </message>
    <message>
        <source>the deposit memo the customer&apos;s exchange gave them</source>
        <translation>o memo de depósito que a corretora do cliente informou</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Valor (USDC)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Exchange memo</source>
        <translation>Memo da corretora</translation>
    </message>
    <message>
        <source>Prepare refund</source>
        <translation>Preparar reembolso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>{remaining} USDC can be refunded (received {received}, already refunded or waiting {held}). posapp prepares the transaction; you sign it in the wallet of the merchant account.</source>
        <translation>{remaining} USDC podem ser reembolsados (recebido {received}, já reembolsado ou aguardando {held}). O posapp prepara a transação; você a assina na carteira da conta da loja.</translation>
    </message>
    <message>
        <source>Asking the network for the account&apos;s sequence and fee…</source>
        <translation>Consultando na rede a sequência e a taxa da conta…</translation>
    </message>
    <message>
        <source>Scan with the wallet of the merchant account, check the amount and the destination, and sign there. This code is for the account&apos;s owner only: never show it to the customer.</source>
        <translation>Escaneie com a carteira da conta da loja, confira o valor e o destino e assine lá. Este código é só para o titular da conta: nunca o mostre ao cliente.</translation>
    </message>
    <message>
        <source>Copy XDR</source>
        <translation>Copiar XDR</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Save .xdr…</source>
        <translation>Salvar .xdr…</translation>
    </message>
    <message>
        <source>Cancel refund</source>
        <translation>Cancelar reembolso</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Gerar de novo</translation>
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
        <translation>Válido até</translation>
    </message>
    <message>
        <source>Refund {amount} USDC</source>
        <translation>Reembolsar {amount} USDC</translation>
    </message>
    <message>
        <source>transaction {hash}</source>
        <translation>transação {hash}</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>Não realizado: {error}</translation>
    </message>
    <message>
        <source>Save the unsigned transaction</source>
        <translation>Salvar a transação não assinada</translation>
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
        <translation>Criado</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Valor (USDC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
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
        <translation>Transação</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
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
        <translation>{created_by} (aprovado por {approved_by})</translation>
    </message>
    <message>
        <source>No refunds.</source>
        <translation>Nenhum reembolso.</translation>
    </message>
    <message>
        <source>{amount} USDC refunded so far.</source>
        <translation>{amount} USDC reembolsados até agora.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check and finish</source>
        <translation>Conferir e concluir</translation>
    </message>
    <message>
        <source>Press “Set up posapp” to save. You can change all of this later in Settings.</source>
        <translation>Clique em “Configurar o posapp” para salvar. Você pode alterar tudo isso depois nas Configurações.</translation>
    </message>
    <message>
        <source>Set up posapp</source>
        <translation>Configurar o posapp</translation>
    </message>
    <message>
        <source>{rate} {currency} per USDC (fixed)</source>
        <translation>{rate} {currency} por USDC (fixa)</translation>
    </message>
    <message>
        <source>live from {source}</source>
        <translation>ao vivo de {source}</translation>
    </message>
    <message>
        <source>Testnet (test money)</source>
        <translation>Rede de testes (dinheiro fictício)</translation>
    </message>
    <message>
        <source>Public network (real USDC)</source>
        <translation>Rede pública (USDC real)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cotação</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Payment window</source>
        <translation>Prazo de pagamento</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Checking the account and saving…</source>
        <translation>Verificando a conta e salvando…</translation>
    </message>
    <message>
        <source>{error} Nothing was saved.</source>
        <translation>{error} Nada foi salvo.</translation>
    </message>
    <message>
        <source>{error} Go back to the webhook page to choose the file store, or leave the URL empty.</source>
        <translation>{error} Volte à página do webhook para escolher o armazenamento em arquivo ou deixe a URL vazia.</translation>
    </message>
</context>
<context>
    <name>SaleDetailsDialog</name>
    <message>
        <source>cash</source>
        <translation>dinheiro</translation>
    </message>
    <message>
        <source>card</source>
        <translation>cartão</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>partially refunded</source>
        <translation>parcialmente reembolsado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>Stellar public network</source>
        <translation>Rede pública Stellar</translation>
    </message>
    <message>
        <source>Stellar testnet</source>
        <translation>Rede de testes Stellar</translation>
    </message>
    <message>
        <source>Sale {id}</source>
        <translation>Venda {id}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Sale id (memo)</source>
        <translation>Id da venda (memo)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paga em</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>USDC a pagar</translation>
    </message>
    <message>
        <source>{received}  (overpaid {overpaid})</source>
        <translation>{received}  (pago a mais {overpaid})</translation>
    </message>
    <message>
        <source>{received}  ({short} short)</source>
        <translation>{received}  (faltam {short})</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recebido</translation>
    </message>
    <message>
        <source>{amount} {method}</source>
        <translation>{amount} {method}</translation>
    </message>
    <message>
        <source>Rest taken</source>
        <translation>Restante recebido</translation>
    </message>
    <message>
        <source>{amount} {state}</source>
        <translation>{amount} {state}</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Devolvido</translation>
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
        <translation>Operador de caixa / terminal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cotação</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Quoted at</source>
        <translation>Cotada em</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Pago para</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Rate quote used</source>
        <translation>Cotação utilizada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Valor (USDC)</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Webhook event / attempt</source>
        <translation>Evento / tentativa do webhook</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message numerus="yes">
        <source>{state} (%n attempt(s))</source>
        <translation>
            <numerusform>{state} (%n tentativa)</numerusform>
            <numerusform>{state} (%n tentativas)</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>{duration} ms {error}</source>
        <translation>{duration} ms {error}</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentativa</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Payments ({count})</source>
        <translation>Pagamentos ({count})</translation>
    </message>
    <message>
        <source>Payments (0) — none received</source>
        <translation>Pagamentos (0) — nenhum recebido</translation>
    </message>
    <message>
        <source>Webhook deliveries ({count})</source>
        <translation>Entregas do webhook ({count})</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Partly paid: {received} USDC received, {rest} still to settle.</source>
        <translation>Parcialmente paga: {received} USDC recebidos, {rest} ainda a liquidar.</translation>
    </message>
    <message>
        <source>Take the rest ({rest}) in cash</source>
        <translation>Receber o restante ({rest}) em dinheiro</translation>
    </message>
    <message>
        <source>Take the rest ({rest}) by card</source>
        <translation>Receber o restante ({rest}) no cartão</translation>
    </message>
    <message>
        <source>Give back {received} USDC (queue refund)</source>
        <translation>Devolver {received} USDC (enfileirar reembolso)</translation>
    </message>
    <message>
        <source>Settled: the rest {amount} taken by {method}. The sale is paid.</source>
        <translation>Liquidada: o restante de {amount} foi recebido em {method}. A venda está paga.</translation>
    </message>
    <message>
        <source>Cancelled: {received} USDC queued for refund.</source>
        <translation>Cancelada: {received} USDC na fila para reembolso.</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>Não realizado: {error}</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unit.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
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
        <translation>desconto −{amount}</translation>
    </message>
    <message>
        <source>tax {amount}</source>
        <translation>imposto {amount}</translation>
    </message>
    <message>
        <source>tip {amount}</source>
        <translation>gorjeta {amount}</translation>
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
        <translation>VENDA ATUAL</translation>
    </message>
    <message>
        <source>Ready for the next sale</source>
        <translation>Pronto para a próxima venda</translation>
    </message>
    <message>
        <source>Key the amount, then press Enter or Charge.</source>
        <translation>Digite o valor e pressione Enter ou Cobrar.</translation>
    </message>
    <message>
        <source>What the customer display shows</source>
        <translation>O que a tela do cliente mostra</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>USDC a pagar</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Ainda a pagar</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cotação</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>Press any digit to start the next sale.</source>
        <translation>Pressione qualquer dígito para iniciar a próxima venda.</translation>
    </message>
    <message>
        <source>Cancel sale  (Esc)</source>
        <translation>Cancelar venda  (Esc)</translation>
    </message>
    <message>
        <source>Rest in cash  (F2)</source>
        <translation>Resto em dinheiro  (F2)</translation>
    </message>
    <message>
        <source>Rest by card  (F3)</source>
        <translation>Resto no cartão  (F3)</translation>
    </message>
    <message>
        <source>Give back  (F4)</source>
        <translation>Devolver  (F4)</translation>
    </message>
    <message>
        <source>Park sale  (F8)</source>
        <translation>Deixar em espera  (F8)</translation>
    </message>
    <message>
        <source>{received} of {due} received. Take the rest another way, give it back, or park the sale for the next customer.</source>
        <translation>{received} de {due} recebido. Receba o restante de outra forma, devolva-o ou deixe a venda em espera para atender o próximo cliente.</translation>
    </message>
    <message>
        <source>{received} of {due} received before the time ran out: take the rest another way, or give it back.</source>
        <translation>{received} de {due} recebido antes de o tempo acabar: receba o restante de outra forma ou devolva-o.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Last sale: {amount} · {state} at {time}</source>
        <translation>Última venda: {amount} · {state} às {time}</translation>
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
        <translation>Observação: {note}</translation>
    </message>
    <message>
        <source>Memo {memo}</source>
        <translation>Memo {memo}</translation>
    </message>
    <message>
        <source>time is up, checking…</source>
        <translation>tempo esgotado, verificando…</translation>
    </message>
    <message>
        <source>✓  Paid  {amount}</source>
        <translation>✓  Pago  {amount}</translation>
    </message>
    <message>
        <source>Expired: the customer did not pay in time</source>
        <translation>Expirada: o cliente não pagou a tempo</translation>
    </message>
    <message>
        <source>{received} received: take the rest another way or give it back (below).</source>
        <translation>{received} recebido: receba o restante de outra forma ou devolva-o (abaixo).</translation>
    </message>
    <message>
        <source>Nothing was received.</source>
        <translation>Nada foi recebido.</translation>
    </message>
    <message>
        <source>Sale cancelled: given back</source>
        <translation>Venda cancelada: valor devolvido</translation>
    </message>
    <message>
        <source>{received} queued for refund to the customer.</source>
        <translation>{received} na fila para reembolso ao cliente.</translation>
    </message>
    <message>
        <source>Sale cancelled</source>
        <translation>Venda cancelada</translation>
    </message>
    <message>
        <source>{received}  ·  tx {hash}</source>
        <translation>{received}  ·  tx {hash}</translation>
    </message>
    <message>
        <source>+  {amount} cash</source>
        <translation>+  {amount} em dinheiro</translation>
    </message>
    <message>
        <source>+  {amount} card</source>
        <translation>+  {amount} no cartão</translation>
    </message>
    <message>
        <source>+  {amount} {way}</source>
        <translation>+  {amount} {way}</translation>
    </message>
    <message>
        <source>Overpaid {amount}</source>
        <translation>Pago a mais {amount}</translation>
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
        <translation>{measure} por dia</translation>
    </message>
    <message>
        <source>{measure} per month</source>
        <translation>{measure} por mês</translation>
    </message>
    <message>
        <source>Chart measure</source>
        <translation>Medida do gráfico</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Sales ({currency})</source>
        <translation>Vendas ({currency})</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recebido</translation>
    </message>
    <message>
        <source>Number of paid sales</source>
        <translation>Número de vendas pagas</translation>
    </message>
    <message>
        <source>Sales — nothing in this period</source>
        <translation>Vendas — nada neste período</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>milhões</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>milhares</translation>
    </message>
</context>
<context>
    <name>SalesFields</name>
    <message>
        <source>Prices include tax</source>
        <translation>Os preços incluem impostos</translation>
    </message>
    <message>
        <source>Tax is added to prices</source>
        <translation>O imposto é somado aos preços</translation>
    </message>
    <message>
        <source>Offer tips on the customer display</source>
        <translation>Oferecer gorjeta na tela do cliente</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>Tip choices (%)</source>
        <translation>Opções de gorjeta (%)</translation>
    </message>
    <message>
        <source>Discount a cashier may give alone (%)</source>
        <translation>Desconto que o operador de caixa pode dar sozinho (%)</translation>
    </message>
    <message>
        <source>Ask to confirm sales above (USDC)</source>
        <translation>Pedir confirmação de vendas acima de (USDC)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>session</source>
        <translation>sessão</translation>
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
        <translation>observação</translation>
    </message>
    <message>
        <source>Double-click a sale for its payments and webhook deliveries</source>
        <translation>Clique duas vezes em uma venda para ver seus pagamentos e entregas de webhook</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Z-report…</source>
        <translation>Relatório Z…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>UTF-8 BOM (Excel)</source>
        <translation>UTF-8 com BOM (Excel)</translation>
    </message>
    <message>
        <source>Start the file with a byte-order mark so Excel reads UTF-8</source>
        <translation>Iniciar o arquivo com uma marca de ordem de bytes para que o Excel leia UTF-8</translation>
    </message>
    <message>
        <source>Exporting sales…</source>
        <translation>Exportando vendas…</translation>
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
            <numerusform>Exportando vendas… {rows} linha</numerusform>
            <numerusform>Exportando vendas… {rows} linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {rows} sales to {path}</source>
        <translation>
            <numerusform>{rows} venda exportada para {path}</numerusform>
            <numerusform>{rows} vendas exportadas para {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Falha na exportação: {error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Could not load: {error}</source>
        <translation>Não foi possível carregar: {error}</translation>
    </message>
    <message>
        <source>Export sales as CSV</source>
        <translation>Exportar vendas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} sales (scroll for more)</source>
        <translation>
            <numerusform>Mostrando {loaded} venda (role para ver mais)</numerusform>
            <numerusform>Mostrando {loaded} vendas (role para ver mais)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} sales</source>
        <translation>
            <numerusform>Mostrando {loaded} venda</numerusform>
            <numerusform>Mostrando {loaded} vendas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {loaded} of {total} sales</source>
        <translation>
            <numerusform>Mostrando {loaded} de {total} venda</numerusform>
            <numerusform>Mostrando {loaded} de {total} vendas</numerusform>
        </translation>
    </message>
    <message>
        <source>search by {kind}</source>
        <translation>buscar por {kind}</translation>
    </message>
    <message>
        <source>double-click a sale for details</source>
        <translation>clique duas vezes em uma venda para ver os detalhes</translation>
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
        <translation>Valor</translation>
    </message>
    <message>
        <source>USDC due</source>
        <translation>USDC a pagar</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recebido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>Não ordenável</translation>
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
        <translation>Exibido só agora: cole-o nas configurações de webhook do seu backend. O posapp o guarda no chaveiro do sistema (nunca no banco de dados) e não o mostrará de novo.</translation>
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
        <translation>rede</translation>
    </message>
    <message>
        <source>merchant account</source>
        <translation>conta da loja</translation>
    </message>
    <message>
        <source>Horizon address</source>
        <translation>endereço do Horizon</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moeda</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>tolerância</translation>
    </message>
    <message>
        <source>monitoring window</source>
        <translation>janela de monitoramento</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Check account</source>
        <translation>Verificar conta</translation>
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
        <translation>Loja</translation>
    </message>
    <message>
        <source>Network &amp;&amp; account</source>
        <translation>Rede &amp;&amp; conta</translation>
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
        <translation>Vendas &amp;&amp; itens</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Loading settings…</source>
        <translation>Carregando configurações…</translation>
    </message>
    <message>
        <source>e.g. x-cg-demo-api-key</source>
        <translation>p. ex. x-cg-demo-api-key</translation>
    </message>
    <message>
        <source>kept in the OS keyring; leave empty to keep or remove</source>
        <translation>guardada no chaveiro do sistema; deixe vazio para manter ou remover</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Salvar chave</translation>
    </message>
    <message>
        <source>API key for the live rate (optional)</source>
        <translation>Chave de API para a cotação ao vivo (opcional)</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Cabeçalho:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chave:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merchant account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conta da loja&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A new network or account is looked up on Horizon when you save; the watcher starts reading it from its newest payment.</source>
        <translation>Uma nova rede ou conta é verificada no Horizon quando você salva; o monitor começa a lê-la a partir do pagamento mais recente.</translation>
    </message>
    <message>
        <source>Create a new secret…</source>
        <translation>Criar um novo segredo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing secret&lt;/b&gt;</source>
        <translation>&lt;b&gt;Segredo de assinatura&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A new secret replaces the old one; the old one keeps signing for 24 hours so your backend can switch without missing an event.</source>
        <translation>Um novo segredo substitui o antigo; o antigo continua assinando por 24 horas para que seu backend possa trocar sem perder nenhum evento.</translation>
    </message>
    <message>
        <source>Several counters on one database share these settings; a counter can use its own printer with POSAPP_RECEIPT_PRINTER (e.g. tcp://192.168.1.51:9100).</source>
        <translation>Vários caixas em um mesmo banco de dados compartilham estas configurações; um caixa pode usar a própria impressora com POSAPP_RECEIPT_PRINTER (p. ex. tcp://192.168.1.51:9100).</translation>
    </message>
    <message>
        <source>Lock the counter after:</source>
        <translation>Bloquear o caixa após:</translation>
    </message>
    <message>
        <source>With no key press or touch for this long, posapp returns to the sign-in screen. After 5 wrong PINs a user is locked, for longer after each further wrong PIN; an admin can unlock them on the Users tab.</source>
        <translation>Sem nenhuma tecla pressionada ou toque durante esse tempo, o posapp volta à tela de login. Após 5 PINs errados o usuário é bloqueado, e por mais tempo a cada novo PIN errado; um administrador pode desbloqueá-lo na aba Usuários.</translation>
    </message>
    <message>
        <source>A secret is set. Kept in: {store}</source>
        <translation>Há um segredo definido. Guardado em: {store}</translation>
    </message>
    <message>
        <source>No secret yet. Kept in: {store}</source>
        <translation>Ainda não há segredo. Guardado em: {store}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring.</source>
        <translation>Há uma chave guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved. The counter uses them from the next sale (a new network, merchant account, Horizon address or currency needs a restart of posapp).</source>
        <translation>Salvo. O caixa passa a usá-las a partir da próxima venda (nova rede, conta da loja, endereço do Horizon ou moeda exigem reiniciar o posapp).</translation>
    </message>
    <message>
        <source>Still to do: {warning}</source>
        <translation>Ainda a fazer: {warning}</translation>
    </message>
    <message>
        <source>The new language shows after posapp restarts.</source>
        <translation>O novo idioma aparece depois que o posapp for reiniciado.</translation>
    </message>
    <message>
        <source>A secret is set (shown below once).</source>
        <translation>Há um segredo definido (mostrado abaixo uma vez).</translation>
    </message>
    <message>
        <source>Creating a new secret…</source>
        <translation>Criando um novo segredo…</translation>
    </message>
    <message>
        <source>New secret created (shown below once). The old one works 24 h more.</source>
        <translation>Novo segredo criado (mostrado abaixo uma vez). O antigo funciona por mais 24 h.</translation>
    </message>
    <message>
        <source>New webhook secret created.</source>
        <translation>Novo segredo de webhook criado.</translation>
    </message>
    <message>
        <source>Only used with a live rate source.</source>
        <translation>Usado apenas com uma fonte de cotação ao vivo.</translation>
    </message>
    <message>
        <source>Key saved for {source} (in the OS keyring).</source>
        <translation>Chave salva para {source} (no chaveiro do sistema).</translation>
    </message>
    <message>
        <source>Key removed for {source} (in the OS keyring).</source>
        <translation>Chave removida para {source} (do chaveiro do sistema).</translation>
    </message>
    <message>
        <source>Saving the API key…</source>
        <translation>Salvando a chave de API…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up posapp</source>
        <translation>Configurar o posapp</translation>
    </message>
    <message>
        <source>Settings from {source} are filled in. Check them on each page, then create the first administrator.</source>
        <translation>As configurações de {source} foram preenchidas. Confira-as em cada página e depois crie o primeiro administrador.</translation>
    </message>
    <message>
        <source>Start using posapp</source>
        <translation>Começar a usar o posapp</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <source>Fixed rate</source>
        <translation>Cotação fixa</translation>
    </message>
    <message>
        <source>Live rate from</source>
        <translation>Cotação ao vivo de</translation>
    </message>
    <message>
        <source>a known source, or the base URL of a CoinGecko-style API</source>
        <translation>uma fonte conhecida ou a URL base de uma API no estilo CoinGecko</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>% added to the USDC due</source>
        <translation>% somado ao USDC a pagar</translation>
    </message>
    <message>
        <source>USDC short still counts as paid (never over 1 % of a sale)</source>
        <translation>USDC a menos ainda conta como pago (nunca mais de 1 % de uma venda)</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Nome da loja:</translation>
    </message>
    <message>
        <source>This counter:</source>
        <translation>Este caixa:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moeda:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Cotação:</translation>
    </message>
    <message>
        <source>Spread:</source>
        <translation>Spread:</translation>
    </message>
    <message>
        <source>Time to pay:</source>
        <translation>Prazo para pagar:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolerância:</translation>
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
        <translation>Sua loja</translation>
    </message>
    <message>
        <source>How prices become USDC: the rate, an optional spread, and how long a customer has to pay.</source>
        <translation>Como os preços viram USDC: a cotação, um spread opcional e quanto tempo o cliente tem para pagar.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This counter has no administrator yet. Create one in a terminal:
posapp --data-dir {data_dir} users add NAME --role admin</source>
        <translation>Este caixa ainda não tem administrador. Crie um em um terminal:
posapp --data-dir {data_dir} users add NAME --role admin</translation>
    </message>
    <message>
        <source>posapp is already running</source>
        <translation>O posapp já está em execução</translation>
    </message>
    <message>
        <source>posapp is already running on this computer for the data dir {data_dir}.
Its window was brought forward: use that one.</source>
        <translation>O posapp já está em execução neste computador para a pasta de dados {data_dir}.
A janela dele foi trazida para a frente: use-a.</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <source>posapp is not set up yet</source>
        <translation>O posapp ainda não está configurado</translation>
    </message>
    <message>
        <source>&lt;b&gt;This counter is not set up yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ask your administrator to run, in a terminal:&lt;br&gt;&lt;pre&gt;{command}&lt;/pre&gt;Data folder: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;&lt;br&gt;(A setup wizard will do this from here in a later version.) Try &lt;code&gt;posapp --demo&lt;/code&gt; to see posapp on a built-in test network.</source>
        <translation>&lt;b&gt;Este caixa ainda não está configurado.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Peça ao seu administrador para executar, em um terminal:&lt;br&gt;&lt;pre&gt;{command}&lt;/pre&gt;Pasta de dados: &lt;code&gt;{folder}&lt;/code&gt;&lt;br&gt;&lt;br&gt;(Em uma versão futura, um assistente de configuração fará isso aqui mesmo.) Experimente &lt;code&gt;posapp --demo&lt;/code&gt; para ver o posapp em uma rede de testes integrada.</translation>
    </message>
    <message>
        <source>posapp cannot start</source>
        <translation>O posapp não consegue iniciar</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <source>Waiting for payment</source>
        <translation>Aguardando pagamento</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Parcialmente paga</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Paga com atraso</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired, partly paid</source>
        <translation>Expirada, parcialmente paga</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Loja</translation>
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
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>USDC at the counter</source>
        <translation>USDC no caixa</translation>
    </message>
</context>
<context>
    <name>StrayNotices</name>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it came without a memo, so it names no sale.</source>
        <translation>Um pagamento de {amount} de {who} não quitou nenhuma venda: veio sem memo, então não indica nenhuma venda.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: its memo {memo} names no sale.</source>
        <translation>Um pagamento de {amount} de {who} não quitou nenhuma venda: o memo {memo} não corresponde a nenhuma venda.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: its memo names no sale of this shop.</source>
        <translation>Um pagamento de {amount} de {who} não quitou nenhuma venda: o memo não corresponde a nenhuma venda desta loja.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it paid a sale that was cancelled.</source>
        <translation>Um pagamento de {amount} de {who} não quitou nenhuma venda: pagou uma venda que foi cancelada.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: it arrived long after its sale expired.</source>
        <translation>Um pagamento de {amount} de {who} não quitou nenhuma venda: chegou muito depois de a venda expirar.</translation>
    </message>
    <message>
        <source>Fake USDC refused: {amount} from {who} (tx {tx}) came from an unknown issuer: it is not real USDC and was never credited. The owner sees it in the history&apos;s unmatched payments.</source>
        <translation>USDC falso recusado: {amount} de {who} (tx {tx}) veio de um emissor desconhecido: não é USDC real e nunca foi creditado. O proprietário o vê nos pagamentos não associados do histórico.</translation>
    </message>
    <message>
        <source>Overpaid: {extra} more than the sale asked for (payment of {amount} from {who}). The owner can give it back from the history.</source>
        <translation>Pago a mais: {extra} além do que a venda pedia (pagamento de {amount} de {who}). O proprietário pode devolvê-lo pelo histórico.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale.</source>
        <translation>Um pagamento de {amount} de {who} não quitou nenhuma venda.</translation>
    </message>
    <message>
        <source>A payment of {amount} from {who} settled no sale: {reason}.</source>
        <translation>Um pagamento de {amount} de {who} não quitou nenhuma venda: {reason}.</translation>
    </message>
    <message>
        <source>Attach to this sale</source>
        <translation>Vincular a esta venda</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagas</translation>
    </message>
    <message>
        <source>Sales value</source>
        <translation>Valor das vendas</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recebido</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Venda média</translation>
    </message>
    <message numerus="yes">
        <source>{unpaid} not (yet) paid</source>
        <translation>
            <numerusform>{unpaid} (ainda) não paga</numerusform>
            <numerusform>{unpaid} (ainda) não pagas</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid and late sales, per currency, net of refunds</source>
        <translation>Vendas pagas e com atraso, por moeda, descontados os reembolsos</translation>
    </message>
    <message>
        <source>Given back by refunds: {refunded} USDC; before refunds the sales were {sales}</source>
        <translation>Devolvido em reembolsos: {refunded} USDC; antes dos reembolsos as vendas eram {sales}</translation>
    </message>
    <message>
        <source>Includes partial payments and overpayments; {net} after refunds</source>
        <translation>Inclui pagamentos parciais e pagamentos a mais; {net} após reembolsos</translation>
    </message>
    <message>
        <source>Per paid sale</source>
        <translation>Por venda paga</translation>
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
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Amount (USDC)</source>
        <translation>Valor (USDC)</translation>
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
        <translation>Por que não associado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>{overpaid} USDC more than sale {sale} asked for (payment of {amount}): refund it to the payer</source>
        <translation>{overpaid} USDC além do que a venda {sale} pedia (pagamento de {amount}): reembolse ao pagador</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Pago a mais</translation>
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
        <translation>Webhook: nenhum</translation>
    </message>
    <message>
        <source>Attach {amount} USDC from {payer}
to sale {sale} ({price}, due {due} USDC, received so far {received})?</source>
        <translation>Vincular {amount} USDC de {payer}
à venda {sale} ({price}, a pagar {due} USDC, recebido até agora {received})?</translation>
    </message>
    <message>
        <source>The sale becomes {status} with {received} USDC received.</source>
        <translation>A venda passa para o status {status} com {received} USDC recebidos.</translation>
    </message>
    <message>
        <source>This is recorded in the audit log and cannot be undone.</source>
        <translation>Isto fica registrado no log de auditoria e não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Attach to a sale…</source>
        <translation>Vincular a uma venda…</translation>
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
        <translation>Prepare a transação de reembolso e assine-a com o leitor de QR da sua carteira</translation>
    </message>
    <message>
        <source>Copy payer address</source>
        <translation>Copiar endereço do pagador</translation>
    </message>
    <message>
        <source>Show attached and refunded</source>
        <translation>Mostrar vinculados e reembolsados</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>USDC that reached the shop&apos;s account without a memo naming a sale (or for a cancelled sale). Nothing is ever assigned by amount: attach a payment to its sale, or mark it to be refunded from your wallet. Overpaid: money beyond what a sale asked for, to send back to the payer from your wallet.</source>
        <translation>USDC que chegou à conta da loja sem um memo que indique uma venda (ou para uma venda cancelada). Nada é atribuído pelo valor: vincule o pagamento à venda correspondente ou marque-o para ser reembolsado pela sua carteira. Pago a mais: dinheiro além do que a venda pedia, a devolver ao pagador pela sua carteira.</translation>
    </message>
    <message>
        <source>Could not load unmatched payments: {error}</source>
        <translation>Não foi possível carregar os pagamentos não associados: {error}</translation>
    </message>
    <message>
        <source>Attach payment?</source>
        <translation>Vincular pagamento?</translation>
    </message>
    <message>
        <source>Mark for refund</source>
        <translation>Marcar para reembolso</translation>
    </message>
    <message>
        <source>Refund {amount} USDC to {payer}?
posapp holds no key: send it back from your wallet.
Note (optional):</source>
        <translation>Reembolsar {amount} USDC para {payer}?
O posapp não guarda nenhuma chave: devolva-o pela sua carteira.
Observação (opcional):</translation>
    </message>
    <message>
        <source>Attached {amount} USDC to {sale}: {status}</source>
        <translation>{amount} USDC vinculados a {sale}: {status}</translation>
    </message>
    <message>
        <source>Marked {amount} USDC for refund</source>
        <translation>{amount} USDC marcados para reembolso</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não realizado</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>PIN: 4 to 8 digits (not 0000 or 1234). Password: 8 to 72 characters.</source>
        <translation>PIN: 4 a 8 dígitos (não 0000 nem 1234). Senha: 8 a 72 caracteres.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <source>New PIN or password:</source>
        <translation>Novo PIN ou senha:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>PIN ou senha:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repita:</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Make cashier</source>
        <translation>Tornar operador de caixa</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>Tornar proprietário</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>Tornar administrador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Adicionar usuário…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Redefinir PIN…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Bloqueado até {time}</translation>
    </message>
    <message numerus="yes">
        <source>{state} · %n wrong PIN(s)</source>
        <translation>
            <numerusform>{state} · %n PIN errado</numerusform>
            <numerusform>{state} · %n PINs errados</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · you</source>
        <translation>{status} · você</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Saved ({name}).</source>
        <translation>Salvo ({name}).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Adicionar usuário</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Adicionando {name}…</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>Novo PIN para {name}</translation>
    </message>
    <message>
        <source>Setting a new PIN for {name}…</source>
        <translation>Definindo um novo PIN para {name}…</translation>
    </message>
    <message>
        <source>Changing {name}&apos;s role…</source>
        <translation>Alterando a função de {name}…</translation>
    </message>
    <message>
        <source>Disabling {name}…</source>
        <translation>Desativando {name}…</translation>
    </message>
    <message>
        <source>Enabling {name}…</source>
        <translation>Ativando {name}…</translation>
    </message>
    <message>
        <source>Unlocking {name}…</source>
        <translation>Desbloqueando {name}…</translation>
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
        <translation>Guardar o segredo do webhook em um arquivo na pasta de dados (legível apenas por este usuário do Windows/macOS/Linux)</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>URL do endpoint:</translation>
    </message>
    <message>
        <source>No usable OS keyring ({problem}). posapp keeps secrets only in the keyring unless you allow a file: install and unlock a keyring (e.g. gnome-keyring, KWallet), or tick the box below.</source>
        <translation>Nenhum chaveiro do sistema utilizável ({problem}). O posapp guarda segredos apenas no chaveiro, a menos que você permita um arquivo: instale e desbloqueie um chaveiro (p. ex. gnome-keyring, KWallet) ou marque a caixa abaixo.</translation>
    </message>
</context>
<context>
    <name>WebhookIndicator</name>
    <message>
        <source>⚠ Webhooks: %n waiting, {given_up} not delivered · {problem}</source>
        <translation>⚠ Webhooks: %n aguardando, {given_up} não entregues · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting, {given_up} not delivered</source>
        <translation>⚠ Webhooks: %n aguardando, {given_up} não entregues</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting · {problem}</source>
        <translation>⚠ Webhooks: %n aguardando · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: %n waiting</source>
        <translation>⚠ Webhooks: %n aguardando</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending, %n not delivered · {problem}</source>
        <translation>⚠ Webhooks: envio parado, %n não entregues · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending, %n not delivered</source>
        <translation>⚠ Webhooks: envio parado, %n não entregues</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending · {problem}</source>
        <translation>⚠ Webhooks: envio parado · {problem}</translation>
    </message>
    <message>
        <source>⚠ Webhooks: not sending</source>
        <translation>⚠ Webhooks: envio parado</translation>
    </message>
    <message>
        <source>Webhook events waiting to reach your backend: {waiting} ({retrying} after a failed attempt)</source>
        <translation>Eventos de webhook aguardando para chegar ao seu backend: {waiting} ({retrying} após uma tentativa com falha)</translation>
    </message>
    <message>
        <source>Webhook events waiting to reach your backend: {waiting}</source>
        <translation>Eventos de webhook aguardando para chegar ao seu backend: {waiting}</translation>
    </message>
    <message>
        <source>Not delivered after every retry, or refused: {given_up} (send them again with `posapp webhooks replay`)</source>
        <translation>Não entregues após todas as tentativas, ou recusados: {given_up} (reenvie-os com `posapp webhooks replay`)</translation>
    </message>
    <message>
        <source>Sending is stopped: {reason}</source>
        <translation>O envio está parado: {reason}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Último erro: {error}</translation>
    </message>
    <message>
        <source>Waiting events are retried automatically; sales are not affected.</source>
        <translation>Os eventos em espera são reenviados automaticamente; as vendas não são afetadas.</translation>
    </message>
</context>
<context>
    <name>WebhookPage</name>
    <message>
        <source>Tell your backend about payments (optional)</source>
        <translation>Avise seu backend sobre os pagamentos (opcional)</translation>
    </message>
    <message>
        <source>posapp can send each paid, expired or cancelled sale to your own server, signed with a secret (Standard Webhooks). Leave empty if you do not have one.</source>
        <translation>O posapp pode enviar cada venda paga, expirada ou cancelada para o seu próprio servidor, assinada com um segredo (Standard Webhooks). Deixe vazio se você não tiver um.</translation>
    </message>
    <message>
        <source>A new signing secret is created when you finish and shown once, with a copy button. It is kept in the OS keyring, never in posapp&apos;s database.</source>
        <translation>Um novo segredo de assinatura é criado quando você concluir e mostrado uma vez, com um botão de copiar. Ele fica guardado no chaveiro do sistema, nunca no banco de dados do posapp.</translation>
    </message>
</context>
<context>
    <name>ZReport</name>
    <message>
        <source>cashier {name}</source>
        <translation>caixa {name}</translation>
    </message>
    <message>
        <source>terminal {name}</source>
        <translation>terminal {name}</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagas</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parciais</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiradas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Fiat sales</source>
        <translation>Vendas (moeda local)</translation>
    </message>
    <message>
        <source>USDC received</source>
        <translation>USDC recebido</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Todos os caixas</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>Todos os terminais</translation>
    </message>
    <message>
        <source>{shop} — Z-report</source>
        <translation>{shop} — relatório Z</translation>
    </message>
    <message>
        <source>Unmatched USDC payments received this day: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC); still to resolve: &lt;b&gt;{unresolved}&lt;/b&gt;.</source>
        <translation>Pagamentos em USDC não associados recebidos neste dia: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC); ainda a resolver: &lt;b&gt;{unresolved}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Overpaid: payments beyond what their sale asked for: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC to refund to the payers).</source>
        <translation>Pago a mais: pagamentos além do que a venda pedia: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC a reembolsar aos pagadores).</translation>
    </message>
    <message>
        <source>Partly paid sales settled at the counter: the rest taken another way: &lt;b&gt;{settled}&lt;/b&gt;; given back (queued for refund): &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC).</source>
        <translation>Vendas parcialmente pagas liquidadas no caixa: restante recebido de outra forma: &lt;b&gt;{settled}&lt;/b&gt;; devolvidas (na fila para reembolso): &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC).</translation>
    </message>
    <message>
        <source>Made {when} by {who}. Fiat sales count paid and late sales; USDC received includes partial payments.</source>
        <translation>Gerado {when} por {who}. As vendas (moeda local) contam as vendas pagas e com atraso; o USDC recebido inclui pagamentos parciais.</translation>
    </message>
    <message>
        <source>cash {amount} ({count} sales)</source>
        <translation>dinheiro {amount} ({count} vendas)</translation>
    </message>
    <message>
        <source>card {amount} ({count} sales)</source>
        <translation>cartão {amount} ({count} vendas)</translation>
    </message>
    <message>
        <source>cash {amount} (1 sale)</source>
        <translation>dinheiro {amount} (1 venda)</translation>
    </message>
    <message>
        <source>card {amount} (1 sale)</source>
        <translation>cartão {amount} (1 venda)</translation>
    </message>
    <message>
        <source>Refunds of this day&apos;s sales: &lt;b&gt;{refunded}&lt;/b&gt;; net sales: &lt;b&gt;{net}&lt;/b&gt;.</source>
        <translation>Reembolsos das vendas deste dia: &lt;b&gt;{refunded}&lt;/b&gt;; vendas líquidas: &lt;b&gt;{net}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Refunds sent this day: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC)</source>
        <translation>Reembolsos enviados neste dia: &lt;b&gt;{count}&lt;/b&gt; ({usdc} USDC)</translation>
    </message>
    <message>
        <source>{who} (approved by {approver})</source>
        <translation>{who} (aprovado por {approver})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Sale / payment</source>
        <translation>Venda / pagamento</translation>
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
        <translation>Transação</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>Vendas por item</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Vendas por categoria</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Gorjetas</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descontos</translation>
    </message>
    <message>
        <source>Tax collected, tips and discounts by cashier</source>
        <translation>Impostos recolhidos, gorjetas e descontos por operador de caixa</translation>
    </message>
</context>
<context>
    <name>ZReportDialog</name>
    <message>
        <source>End-of-day report (Z)</source>
        <translation>Relatório de fechamento (Z)</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Todos os caixas</translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation>Todos os terminais</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Gerando o relatório…</translation>
    </message>
    <message>
        <source>Could not build the report: {error}</source>
        <translation>Não foi possível gerar o relatório: {error}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Save Z-report</source>
        <translation>Salvar relatório Z</translation>
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
        <translation>um desconto é uma porcentagem ou um valor</translation>
    </message>
    <message>
        <source>a discount percentage is between 0 and 100</source>
        <translation>a porcentagem de desconto fica entre 0 e 100</translation>
    </message>
    <message>
        <source>a discount cannot be negative</source>
        <translation>um desconto não pode ser negativo</translation>
    </message>
    <message>
        <source>a tip is either a percentage or an amount</source>
        <translation>uma gorjeta é uma porcentagem ou um valor</translation>
    </message>
    <message>
        <source>a tip percentage is between 0 and 100</source>
        <translation>a porcentagem de gorjeta fica entre 0 e 100</translation>
    </message>
    <message>
        <source>a tip cannot be negative</source>
        <translation>uma gorjeta não pode ser negativa</translation>
    </message>
    <message>
        <source>a quantity is a whole number</source>
        <translation>a quantidade deve ser um número inteiro</translation>
    </message>
    <message>
        <source>a quantity is between 1 and {limit}</source>
        <translation>a quantidade fica entre 1 e {limit}</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>um preço não pode ser negativo</translation>
    </message>
    <message>
        <source>a tax rate is between 0 and 100 %</source>
        <translation>a alíquota de imposto fica entre 0 e 100 %</translation>
    </message>
    <message>
        <source>the cart is empty</source>
        <translation>o carrinho está vazio</translation>
    </message>
    <message>
        <source>a cart holds at most {limit} lines</source>
        <translation>um carrinho comporta no máximo {limit} linhas</translation>
    </message>
    <message>
        <source>an amount has more than {places} decimal places for this currency</source>
        <translation>um valor tem mais de {places} casas decimais para esta moeda</translation>
    </message>
    <message>
        <source>the catalog was not imported: {problems}; and {more} more</source>
        <translation>o catálogo não foi importado: {problems}; e mais {more}</translation>
    </message>
    <message>
        <source>the catalog was not imported: {problems}</source>
        <translation>o catálogo não foi importado: {problems}</translation>
    </message>
    <message>
        <source>sku must be 1 to 64 printable characters</source>
        <translation>o SKU deve ter de 1 a 64 caracteres imprimíveis</translation>
    </message>
    <message>
        <source>name must be 1 to 120 characters</source>
        <translation>o nome deve ter de 1 a 120 caracteres</translation>
    </message>
    <message>
        <source>price: {error}</source>
        <translation>preço: {error}</translation>
    </message>
    <message>
        <source>tax_rate {tax_rate!r} is not a number</source>
        <translation>tax_rate {tax_rate!r} não é um número</translation>
    </message>
    <message>
        <source>tax_rate must be between 0 and 100 (percent)</source>
        <translation>tax_rate deve estar entre 0 e 100 (por cento)</translation>
    </message>
    <message>
        <source>barcode must be at most 64 printable characters</source>
        <translation>o código de barras deve ter no máximo 64 caracteres imprimíveis</translation>
    </message>
    <message>
        <source>enabled {enabled!r} is not yes or no</source>
        <translation>enabled {enabled!r} não é yes nem no</translation>
    </message>
    <message>
        <source>currency is empty</source>
        <translation>a moeda está vazia</translation>
    </message>
    <message>
        <source>unknown currency {code!r}: use an ISO code like INR</source>
        <translation>moeda desconhecida {code!r}: use um código ISO como INR</translation>
    </message>
    <message>
        <source>{what} is not a valid URL: {url!r}</source>
        <translation>{what} não é uma URL válida: {url!r}</translation>
    </message>
    <message>
        <source>{what} must be an https:// URL, got {url!r}</source>
        <translation>{what} deve ser uma URL https://, recebido {url!r}</translation>
    </message>
    <message>
        <source>{what} has no host: {url!r}</source>
        <translation>{what} não tem host: {url!r}</translation>
    </message>
    <message>
        <source>{what} must use https, not plain http to {origin} (plain http is allowed only to this machine: localhost, 127.0.0.1, ::1)</source>
        <translation>{what} deve usar https, não http simples para {origin} (http simples só é permitido para esta máquina: localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>language must be one of {choices}</source>
        <translation>o idioma deve ser um destes: {choices}</translation>
    </message>
    <message>
        <source>unknown language {code}: use one of {choices}</source>
        <translation>idioma desconhecido {code}: use um destes: {choices}</translation>
    </message>
    <message>
        <source>amount must be a number, not {kind}</source>
        <translation>o valor deve ser um número, não {kind}</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>o valor está vazio</translation>
    </message>
    <message>
        <source>amount {raw!r} is not a number</source>
        <translation>o valor {raw!r} não é um número</translation>
    </message>
    <message>
        <source>amount must be a finite number</source>
        <translation>o valor deve ser um número finito</translation>
    </message>
    <message>
        <source>amount must be greater than zero</source>
        <translation>o valor deve ser maior que zero</translation>
    </message>
    <message>
        <source>amount has more than {places} decimal places</source>
        <translation>o valor tem mais de {places} casas decimais</translation>
    </message>
    <message>
        <source>amount is too large (maximum {maximum})</source>
        <translation>o valor é grande demais (máximo {maximum})</translation>
    </message>
    <message>
        <source>{amount} has more than 7 decimal places</source>
        <translation>{amount} tem mais de 7 casas decimais</translation>
    </message>
    <message>
        <source>fiat amount and rate must be greater than zero</source>
        <translation>o valor em moeda local e a cotação devem ser maiores que zero</translation>
    </message>
    <message>
        <source>spread must be between 0 and 100 percent</source>
        <translation>o spread deve estar entre 0 e 100 por cento</translation>
    </message>
    <message>
        <source>the USDC due is larger than a Stellar payment can carry</source>
        <translation>o USDC a pagar é maior do que um pagamento Stellar comporta</translation>
    </message>
    <message>
        <source>amount is out of range</source>
        <translation>o valor está fora do intervalo permitido</translation>
    </message>
    <message>
        <source>a cashier</source>
        <translation>um operador de caixa</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>um proprietário</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>um administrador</translation>
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
        <translation>cancelar uma venda paga em parte</translation>
    </message>
    <message>
        <source>settle other way</source>
        <translation>receber o restante de outra forma</translation>
    </message>
    <message>
        <source>view history</source>
        <translation>ver o histórico</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportar</translation>
    </message>
    <message>
        <source>attach unmatched</source>
        <translation>vincular pagamentos não associados</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolsar</translation>
    </message>
    <message>
        <source>manage webhooks</source>
        <translation>gerenciar webhooks</translation>
    </message>
    <message>
        <source>view audit</source>
        <translation>ver a auditoria</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>aprovar</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>alterar as configurações</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gerenciar usuários</translation>
    </message>
    <message>
        <source>manage items</source>
        <translation>gerenciar itens</translation>
    </message>
    <message>
        <source>discount above limit</source>
        <translation>dar desconto acima do limite</translation>
    </message>
    <message>
        <source>{name} no longer exists: sign in again</source>
        <translation>{name} não existe mais: entre novamente</translation>
    </message>
    <message>
        <source>{name} has been disabled: ask an admin</source>
        <translation>{name} foi desativado: fale com um administrador</translation>
    </message>
    <message>
        <source>{role} may not {action}</source>
        <translation>{role} não pode {action}</translation>
    </message>
    <message>
        <source>tolerance must be a number of USDC from 0 to 1</source>
        <translation>a tolerância deve ser um valor em USDC de 0 a 1</translation>
    </message>
    <message>
        <source>tolerance must be from 0 to 1 USDC (each sale is also capped at 1 % of its amount)</source>
        <translation>a tolerância deve ser de 0 a 1 USDC (cada venda também é limitada a 1 % do seu valor)</translation>
    </message>
    <message>
        <source>tolerance has more than 7 decimal places (a stroop is 0.0000001)</source>
        <translation>a tolerância tem mais de 7 casas decimais (um stroop é 0.0000001)</translation>
    </message>
    <message>
        <source>rate source name {name!r} must be 1-40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>o nome da fonte de cotação {name!r} deve ter de 1 a 40 letras, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>fixed rates need the time they were set</source>
        <translation>cotações fixas precisam do horário em que foram definidas</translation>
    </message>
    <message>
        <source>API key given for unknown rate source {keys}</source>
        <translation>chave de API informada para uma fonte de cotação desconhecida {keys}</translation>
    </message>
    <message>
        <source>{code!r} is not a three-letter currency code</source>
        <translation>{code!r} não é um código de moeda de três letras</translation>
    </message>
    <message>
        <source>the fixed {currency} rate must be a finite Decimal</source>
        <translation>a cotação fixa de {currency} deve ser um Decimal finito</translation>
    </message>
    <message>
        <source>{name}: {currency!r} is not a currency code</source>
        <translation>{name}: {currency!r} não é um código de moeda</translation>
    </message>
    <message>
        <source>{name}: no fixed rate set for {code} (set: {known})</source>
        <translation>{name}: nenhuma cotação fixa definida para {code} (definidas: {known})</translation>
    </message>
    <message>
        <source>rate source {name}: base URL must be http(s)://host[/path] with no query, fragment or credentials</source>
        <translation>fonte de cotação {name}: a URL base deve ser http(s)://host[/path], sem query, fragmento ou credenciais</translation>
    </message>
    <message>
        <source>rate source {name}: coin id {coin_id!r} is invalid</source>
        <translation>fonte de cotação {name}: o coin id {coin_id!r} é inválido</translation>
    </message>
    <message>
        <source>rate source {name}: max age and cache time must be positive</source>
        <translation>fonte de cotação {name}: a idade máxima e o tempo de cache devem ser positivos</translation>
    </message>
    <message>
        <source>rate source {name}: timeout must be a positive number</source>
        <translation>fonte de cotação {name}: o timeout deve ser um número positivo</translation>
    </message>
    <message>
        <source>rate source {name}: API key header needs a name and a key</source>
        <translation>fonte de cotação {name}: o cabeçalho da chave de API precisa de um nome e de uma chave</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>a median rate source needs at least one source</source>
        <translation>uma fonte de cotação mediana precisa de pelo menos uma fonte</translation>
    </message>
    <message>
        <source>rate source names must differ: {names}</source>
        <translation>os nomes das fontes de cotação devem ser diferentes: {names}</translation>
    </message>
    <message>
        <source>min_sources must be between 1 and {count}</source>
        <translation>min_sources deve estar entre 1 e {count}</translation>
    </message>
    <message>
        <source>max_spread_percent must be a Decimal of zero or more</source>
        <translation>max_spread_percent deve ser um Decimal igual a zero ou maior</translation>
    </message>
    <message>
        <source>{name}: answered {answered}, not {currency}</source>
        <translation>{name}: respondeu {answered}, não {currency}</translation>
    </message>
    <message>
        <source>{name}: {count} of {total} sources answered for {currency} (need {min_sources}): {detail}</source>
        <translation>{name}: {count} de {total} fontes responderam para {currency} (são necessárias {min_sources}): {detail}</translation>
    </message>
    <message>
        <source>{name}: {currency} sources disagree by more than {max_spread}% ({rates})</source>
        <translation>{name}: as fontes de {currency} divergem em mais de {max_spread}% ({rates})</translation>
    </message>
    <message>
        <source>{who} is a {kind}, not a Decimal</source>
        <translation>{who} é um {kind}, não um Decimal</translation>
    </message>
    <message>
        <source>{who} is not a finite number</source>
        <translation>{who} não é um número finito</translation>
    </message>
    <message>
        <source>{who} {rate} is not above zero</source>
        <translation>{who} {rate} não é maior que zero</translation>
    </message>
    <message>
        <source>{who} {rate} is implausible (expected {low} to {high})</source>
        <translation>{who} {rate} não é plausível (esperado de {low} a {high})</translation>
    </message>
    <message>
        <source>{who} is dated {age} in the future (limit {tolerance}); check this computer&apos;s clock</source>
        <translation>{who} está datado {age} no futuro (limite {tolerance}); verifique o relógio deste computador</translation>
    </message>
    <message>
        <source>{who} is stale: last updated {age} ago (limit {max_age})</source>
        <translation>{who} está desatualizado: última atualização há {age} (limite {max_age})</translation>
    </message>
    <message>
        <source>rate source {name}: base URL must start with https:// or http://</source>
        <translation>fonte de cotação {name}: a URL base deve começar com https:// ou http://</translation>
    </message>
    <message>
        <source>rate source {name}: coin id is empty</source>
        <translation>fonte de cotação {name}: o coin id está vazio</translation>
    </message>
    <message>
        <source>{what} must be a Decimal or text, not {kind}</source>
        <translation>{what} deve ser um Decimal ou texto, não {kind}</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a number</source>
        <translation>{what} {value!r} não é um número</translation>
    </message>
    <message>
        <source>{what} must be a number, not {kind}</source>
        <translation>{what} deve ser um número, não {kind}</translation>
    </message>
    <message>
        <source>{what} must be a finite number</source>
        <translation>{what} deve ser um número finito</translation>
    </message>
    <message>
        <source>rate mode must be &apos;fixed&apos; or &apos;http&apos;, not {mode!r}</source>
        <translation>o modo de cotação deve ser &apos;fixed&apos; ou &apos;http&apos;, não {mode!r}</translation>
    </message>
    <message>
        <source>fixed {currency} rate must be greater than zero</source>
        <translation>a cotação fixa de {currency} deve ser maior que zero</translation>
    </message>
    <message>
        <source>the time fixed rates were set must include a time zone</source>
        <translation>o horário em que as cotações fixas foram definidas deve incluir um fuso horário</translation>
    </message>
    <message>
        <source>http rate mode needs at least one rate source</source>
        <translation>o modo de cotação http precisa de pelo menos uma fonte de cotação</translation>
    </message>
    <message>
        <source>{what} must be a whole number from 1 to {high}</source>
        <translation>{what} deve ser um número inteiro de 1 a {high}</translation>
    </message>
    <message>
        <source>max_spread_percent must be between 0 and 100</source>
        <translation>max_spread_percent deve estar entre 0 e 100</translation>
    </message>
    <message>
        <source>rate settings are not valid JSON</source>
        <translation>as configurações de cotação não são um JSON válido</translation>
    </message>
    <message>
        <source>rate settings must be a JSON object</source>
        <translation>as configurações de cotação devem ser um objeto JSON</translation>
    </message>
    <message>
        <source>rate settings version {version} is not supported</source>
        <translation>a versão {version} das configurações de cotação não é suportada</translation>
    </message>
    <message>
        <source>rate settings: fixed_rates or http_sources has the wrong shape</source>
        <translation>configurações de cotação: fixed_rates ou http_sources tem o formato errado</translation>
    </message>
    <message>
        <source>rate settings are malformed ({error})</source>
        <translation>as configurações de cotação estão malformadas ({error})</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportação cancelada</translation>
    </message>
    <message>
        <source>folder {directory} does not exist</source>
        <translation>a pasta {directory} não existe</translation>
    </message>
    <message>
        <source>cannot write in {directory}: {error}</source>
        <translation>não é possível gravar em {directory}: {error}</translation>
    </message>
    <message>
        <source>no session {session_id!r}</source>
        <translation>sessão {session_id!r} não encontrada</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>o último dia é anterior ao primeiro dia</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>o intervalo termina antes de começar</translation>
    </message>
    <message>
        <source>reconciliation cancelled</source>
        <translation>conciliação cancelada</translation>
    </message>
    <message>
        <source>Horizon returned a page without a usable paging token</source>
        <translation>o Horizon retornou uma página sem um paging token utilizável</translation>
    </message>
    <message>
        <source>the sale is now {status} (was {expected}): review it again</source>
        <translation>a venda agora está {status} (estava {expected}): revise-a novamente</translation>
    </message>
    <message>
        <source>the payment was resolved meanwhile</source>
        <translation>o pagamento foi resolvido nesse meio-tempo</translation>
    </message>
    <message>
        <source>note is longer than {limit} characters</source>
        <translation>a observação tem mais de {limit} caracteres</translation>
    </message>
    <message>
        <source>no payment {operation_id!r}</source>
        <translation>pagamento {operation_id!r} não encontrado</translation>
    </message>
    <message>
        <source>the payment is already {status}</source>
        <translation>o pagamento já está {status}</translation>
    </message>
    <message>
        <source>no sale {session_id!r}</source>
        <translation>venda {session_id!r} não encontrada</translation>
    </message>
    <message>
        <source>that sale was charged to another account</source>
        <translation>essa venda foi cobrada em outra conta</translation>
    </message>
    <message>
        <source>that sale was charged on another network ({network})</source>
        <translation>essa venda foi cobrada em outra rede ({network})</translation>
    </message>
    <message>
        <source>a cancelled sale cannot take a payment: mark it for refund instead</source>
        <translation>uma venda cancelada não pode receber pagamento: marque-o para reembolso</translation>
    </message>
    <message>
        <source>the payment arrived after this sale&apos;s monitoring window: mark it for refund</source>
        <translation>o pagamento chegou depois da janela de monitoramento desta venda: marque-o para reembolso</translation>
    </message>
    <message>
        <source>stored shop configuration is damaged: {error}</source>
        <translation>a configuração armazenada da loja está danificada: {error}</translation>
    </message>
    <message>
        <source>posapp is not set up here yet: run `posapp init` (or the setup)</source>
        <translation>o posapp ainda não está configurado aqui: execute `posapp init` (ou a configuração inicial)</translation>
    </message>
    <message>
        <source>the terminal name must be 1 to 64 printable characters</source>
        <translation>o nome do terminal deve ter de 1 a 64 caracteres imprimíveis</translation>
    </message>
    <message>
        <source>Horizon returned a payment record without a paging token and time</source>
        <translation>o Horizon retornou um registro de pagamento sem paging token e sem horário</translation>
    </message>
    <message>
        <source>{printer} is not an ESC/POS printer</source>
        <translation>{printer} não é uma impressora ESC/POS</translation>
    </message>
    <message>
        <source>{printer} refused the connection: is it switched on?</source>
        <translation>{printer} recusou a conexão: está ligada?</translation>
    </message>
    <message>
        <source>{printer} did not answer in time: is it on and connected?</source>
        <translation>{printer} não respondeu a tempo: está ligada e conectada?</translation>
    </message>
    <message>
        <source>{printer} is not there: is it plugged in?</source>
        <translation>{printer} não foi encontrada: está conectada?</translation>
    </message>
    <message>
        <source>{printer} cannot be opened: this user may not use it</source>
        <translation>{printer} não pode ser aberta: este usuário não tem permissão para usá-la</translation>
    </message>
    <message>
        <source>{printer} needs libusb, which is not installed on this computer</source>
        <translation>{printer} precisa da libusb, que não está instalada neste computador</translation>
    </message>
    <message>
        <source>{printer} was not found: is it plugged in and switched on?</source>
        <translation>{printer} não foi encontrada: está conectada e ligada?</translation>
    </message>
    <message>
        <source>cannot reach {printer} ({error})</source>
        <translation>não é possível acessar {printer} ({error})</translation>
    </message>
    <message>
        <source>cannot reach {printer}</source>
        <translation>não é possível acessar {printer}</translation>
    </message>
    <message>
        <source>{printer} stopped taking data: is it out of paper or its cover open?</source>
        <translation>{printer} parou de receber dados: está sem papel ou com a tampa aberta?</translation>
    </message>
    <message>
        <source>{printer} stopped while printing ({error})</source>
        <translation>{printer} parou durante a impressão ({error})</translation>
    </message>
    <message>
        <source>{printer} stopped while printing</source>
        <translation>{printer} parou durante a impressão</translation>
    </message>
    <message>
        <source>the receipt printer must be one line of at most 300 characters</source>
        <translation>a impressora de recibos deve ser uma linha de no máximo 300 caracteres</translation>
    </message>
    <message>
        <source>unknown receipt printer {text!r}: use tcp://HOST:9100, usb://VVVV:PPPP, serial://DEVICE, file://DEVICE, system://NAME, pdf://FOLDER or none</source>
        <translation>impressora de recibos desconhecida {text!r}: use tcp://HOST:9100, usb://VVVV:PPPP, serial://DEVICE, file://DEVICE, system://NAME, pdf://FOLDER ou none</translation>
    </message>
    <message>
        <source>USB receipt printer {rest!r}: give vendor:product in hex, e.g. 04b8:0e15</source>
        <translation>impressora de recibos USB {rest!r}: informe vendor:product em hexadecimal, p. ex. 04b8:0e15</translation>
    </message>
    <message>
        <source>the receipt {what} is missing, e.g. {hint}</source>
        <translation>falta informar {what} para os recibos, p. ex. {hint}</translation>
    </message>
    <message>
        <source>network receipt printer {text!r}: give a host name or IP address, e.g. tcp://192.168.1.50:9100</source>
        <translation>impressora de recibos de rede {text!r}: informe um nome de host ou endereço IP, p. ex. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>network receipt printer port {port_text!r} must be 1 to 65535 (thermal printers listen on 9100)</source>
        <translation>a porta {port_text!r} da impressora de recibos de rede deve estar entre 1 e 65535 (impressoras térmicas escutam na 9100)</translation>
    </message>
    <message>
        <source>the receipt printer&apos;s serial port is missing, e.g. /dev/ttyUSB0</source>
        <translation>falta a porta serial da impressora de recibos, p. ex. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>serial receipt printer: unknown option {key!r} (only baudrate)</source>
        <translation>impressora de recibos serial: opção desconhecida {key!r} (apenas baudrate)</translation>
    </message>
    <message>
        <source>serial receipt printer: baudrate {value!r} must be one of {choices}</source>
        <translation>impressora de recibos serial: baudrate {value!r} deve ser um destes: {choices}</translation>
    </message>
    <message>
        <source>no sale {session_id}</source>
        <translation>venda {session_id} não encontrada</translation>
    </message>
    <message>
        <source>no refund {refund_id!r}</source>
        <translation>reembolso {refund_id!r} não encontrado</translation>
    </message>
    <message>
        <source>refund {refund_id} is {state}: only a paid refund of a sale has a receipt</source>
        <translation>o reembolso {refund_id} está {state}: só um reembolso pago de uma venda tem recibo</translation>
    </message>
    <message>
        <source>refund {refund_id} is {state} and belongs to no sale: only a paid refund of a sale has a receipt</source>
        <translation>o reembolso {refund_id} está {state} e não pertence a nenhuma venda: só um reembolso pago de uma venda tem recibo</translation>
    </message>
    <message>
        <source>nothing was received for sale {session_id}, so it has no receipt</source>
        <translation>nada foi recebido na venda {session_id}, então ela não tem recibo</translation>
    </message>
    <message>
        <source>{what} must contain {field} once (where the transaction goes)</source>
        <translation>{what} deve conter {field} uma única vez (onde entra a transação)</translation>
    </message>
    <message>
        <source>{what} must be an https:// address, got {text!r}</source>
        <translation>{what} deve ser um endereço https://, recebido {text!r}</translation>
    </message>
    <message>
        <source>{what} must be one address without spaces, at most 200 characters</source>
        <translation>{what} deve ser um único endereço sem espaços, com no máximo 200 caracteres</translation>
    </message>
    <message>
        <source>the {name} must be text</source>
        <translation>o campo {name} deve ser texto</translation>
    </message>
    <message>
        <source>the {name} must be at most {most_chars} characters</source>
        <translation>o campo {name} deve ter no máximo {most_chars} caracteres</translation>
    </message>
    <message>
        <source>the {name} must be at most {most_lines} line(s)</source>
        <translation>o campo {name} deve ter no máximo {most_lines} linha(s)</translation>
    </message>
    <message>
        <source>the {name} has a control character</source>
        <translation>o campo {name} contém um caractere de controle</translation>
    </message>
    <message>
        <source>the receipt width must be 58 or 80 (mm)</source>
        <translation>a largura do recibo deve ser 58 ou 80 (mm)</translation>
    </message>
    <message>
        <source>automatic receipt printing must be off, ask or always</source>
        <translation>a impressão automática de recibos deve ser off, ask ou always</translation>
    </message>
    <message>
        <source>receipt copies must be a whole number from 1 to {limit}</source>
        <translation>o número de cópias do recibo deve ser um número inteiro de 1 a {limit}</translation>
    </message>
    <message>
        <source>stored receipt settings are damaged</source>
        <translation>as configurações de recibo armazenadas estão danificadas</translation>
    </message>
    <message>
        <source>the reason must be text of at most {limit} characters</source>
        <translation>o motivo deve ser um texto de no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>refund {session_id} is {state}: nothing to rebuild</source>
        <translation>o reembolso {session_id} está {state}: nada a gerar de novo</translation>
    </message>
    <message>
        <source>refund {session_id} changed meanwhile: look again</source>
        <translation>o reembolso {session_id} mudou nesse meio-tempo: confira novamente</translation>
    </message>
    <message>
        <source>refund {session_id} is {state}: only a waiting one can be cancelled</source>
        <translation>o reembolso {session_id} está {state}: só um reembolso aguardando pode ser cancelado</translation>
    </message>
    <message>
        <source>no sale {ref}</source>
        <translation>venda {ref} não encontrada</translation>
    </message>
    <message>
        <source>sale {ref} is still waiting for its payment: give back or cancel it first</source>
        <translation>a venda {ref} ainda está aguardando o pagamento: devolva ou cancele-a primeiro</translation>
    </message>
    <message>
        <source>sale {ref} received nothing: there is nothing to refund</source>
        <translation>a venda {ref} não recebeu nada: não há nada a reembolsar</translation>
    </message>
    <message>
        <source>no payment with operation id {ref}</source>
        <translation>nenhum pagamento com o operation id {ref}</translation>
    </message>
    <message>
        <source>{ref!r} is neither a sale id (pay_…) nor a payment&apos;s operation id</source>
        <translation>{ref!r} não é um id de venda (pay_…) nem o operation id de um pagamento</translation>
    </message>
    <message>
        <source>everything {ref} received ({received} USDC) is already refunded or waiting to be</source>
        <translation>tudo o que {ref} recebeu ({received} USDC) já foi reembolsado ou aguarda reembolso</translation>
    </message>
    <message>
        <source>refund {error}</source>
        <translation>reembolso: {error}</translation>
    </message>
    <message>
        <source>{to} did not pay {ref}: a refund goes to its payer</source>
        <translation>{to} não pagou {ref}: o reembolso vai para quem pagou</translation>
    </message>
    <message>
        <source>no stored payment of {ref} says who paid it</source>
        <translation>nenhum pagamento armazenado de {ref} informa quem o pagou</translation>
    </message>
    <message>
        <source>{ref} was paid from {count} accounts: choose one ({payers})</source>
        <translation>{ref} foi pago a partir de {count} contas: escolha uma ({payers})</translation>
    </message>
    <message>
        <source>memo: {error}</source>
        <translation>memo: {error}</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} no longer exists: the refund would fail (op_no_destination)</source>
        <translation>a conta do pagador {payer_account} não existe mais: o reembolso falharia (op_no_destination)</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} cannot hold the network&apos;s USDC (no trustline): the refund would fail (op_no_trust)</source>
        <translation>a conta do pagador {payer_account} não pode receber o USDC da rede (sem trustline): o reembolso falharia (op_no_trust)</translation>
    </message>
    <message>
        <source>the payer&apos;s account {payer_account} requires a memo (SEP-29, an exchange): ask the customer for their deposit memo</source>
        <translation>a conta do pagador {payer_account} exige um memo (SEP-29, uma corretora): peça ao cliente o memo de depósito dele</translation>
    </message>
    <message>
        <source>the merchant account {merchant} does not exist</source>
        <translation>a conta da loja {merchant} não existe</translation>
    </message>
    <message>
        <source>the merchant account holds {held} USDC, less than the refund of {amount}</source>
        <translation>a conta da loja tem {held} USDC, menos que o reembolso de {amount}</translation>
    </message>
    <message>
        <source>a refund of {amount} USDC is more than the {remaining} USDC still refundable for {ref} (received {received}, already refunded or waiting {held})</source>
        <translation>um reembolso de {amount} USDC é maior que os {remaining} USDC ainda reembolsáveis de {ref} (recebido {received}, já reembolsado ou aguardando {held})</translation>
    </message>
    <message>
        <source>this payment belongs to sale {session_id}: refund the sale instead</source>
        <translation>este pagamento pertence à venda {session_id}: reembolse a venda</translation>
    </message>
    <message>
        <source>this payment is USDC of a foreign issuer (a fake): posapp never refunds it</source>
        <translation>este pagamento é USDC de um emissor estranho (falso): o posapp nunca o reembolsa</translation>
    </message>
    <message>
        <source>a payment that is {status} cannot be refunded</source>
        <translation>um pagamento {status} não pode ser reembolsado</translation>
    </message>
    <message>
        <source>no item with SKU or barcode {code!r}</source>
        <translation>nenhum item com SKU ou código de barras {code!r}</translation>
    </message>
    <message>
        <source>{path} is larger than {limit_mb} MB</source>
        <translation>{path} é maior que {limit_mb} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>não é possível ler {path}: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>não é possível gravar {path}: {error}</translation>
    </message>
    <message>
        <source>the sale is {status}: it can no longer be parked</source>
        <translation>a venda está {status}: não pode mais ficar em espera</translation>
    </message>
    <message>
        <source>the sale is {status}: it can no longer be resumed</source>
        <translation>a venda está {status}: não pode mais ser retomada</translation>
    </message>
    <message>
        <source>unknown way to pay {method!r}: cash or card</source>
        <translation>forma de pagamento desconhecida {method!r}: dinheiro ou cartão</translation>
    </message>
    <message>
        <source>the sale changed meanwhile: look at it again</source>
        <translation>a venda mudou nesse meio-tempo: confira-a novamente</translation>
    </message>
    <message>
        <source>only a partly paid sale can be settled this way (this one is {state}, nothing received)</source>
        <translation>só uma venda parcialmente paga pode ser liquidada assim (esta está {state}, nada recebido)</translation>
    </message>
    <message>
        <source>only a partly paid sale can be settled this way (this one is {state})</source>
        <translation>só uma venda parcialmente paga pode ser liquidada assim (esta está {state})</translation>
    </message>
    <message>
        <source>the sale kept changing while attaching; try again</source>
        <translation>a venda continuou mudando durante a vinculação; tente novamente</translation>
    </message>
    <message>
        <source>no fresh {currency} rate yet from {source}: wait a moment</source>
        <translation>ainda não há cotação atualizada de {currency} de {source}: aguarde um momento</translation>
    </message>
    <message>
        <source>the cart&apos;s total must be greater than zero</source>
        <translation>o total do carrinho deve ser maior que zero</translation>
    </message>
    <message>
        <source>a {status} session cannot be cancelled</source>
        <translation>uma sessão {status} não pode ser cancelada</translation>
    </message>
    <message>
        <source>the session changed meanwhile; it was not cancelled</source>
        <translation>a sessão mudou nesse meio-tempo; ela não foi cancelada</translation>
    </message>
    <message>
        <source>The account {account} does not exist on this network yet: send it a few XLM (at least 2) from a wallet or an exchange to create it, then add a USDC trustline.</source>
        <translation>A conta {account} ainda não existe nesta rede: envie alguns XLM para ela (pelo menos 2) de uma carteira ou corretora para criá-la e depois adicione uma trustline de USDC.</translation>
    </message>
    <message>
        <source>data dir {path} is not writable: {reason}</source>
        <translation>a pasta de dados {path} não permite gravação: {reason}</translation>
    </message>
    <message>
        <source>this shop is already set up: an admin must sign in</source>
        <translation>esta loja já está configurada: um administrador precisa entrar</translation>
    </message>
    <message>
        <source>the rate {text!r} is ambiguous: write {whole}.{fraction} or {whole}{fraction}</source>
        <translation>a cotação {text!r} é ambígua: escreva {whole}.{fraction} ou {whole}{fraction}</translation>
    </message>
    <message>
        <source>choose a rate: --rate 84.10 (fixed) or --rate-source coingecko</source>
        <translation>escolha uma cotação: --rate 84.10 (fixa) ou --rate-source coingecko</translation>
    </message>
    <message>
        <source>{what} must be a number</source>
        <translation>{what} deve ser um número</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}</source>
        <translation>{what} deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <source>session expiry must be between 1 minute and 24 hours</source>
        <translation>a validade da sessão deve estar entre 1 minuto e 24 horas</translation>
    </message>
    <message>
        <source>shop name must be 1 to 80 characters</source>
        <translation>o nome da loja deve ter de 1 a 80 caracteres</translation>
    </message>
    <message>
        <source>terminal name must be 1 to 64 characters</source>
        <translation>o nome do terminal deve ter de 1 a 64 caracteres</translation>
    </message>
    <message>
        <source>tax mode must be inclusive or exclusive</source>
        <translation>o modo de imposto deve ser inclusive ou exclusive</translation>
    </message>
    <message>
        <source>tip choices: give 1 to 6 percentages, e.g. 10, 15, 20</source>
        <translation>opções de gorjeta: informe de 1 a 6 porcentagens, p. ex. 10, 15, 20</translation>
    </message>
    <message>
        <source>tip choices must be different percentages above 0</source>
        <translation>as opções de gorjeta devem ser porcentagens diferentes e acima de 0</translation>
    </message>
    <message>
        <source>provisioning file {path} does not exist</source>
        <translation>o arquivo de provisionamento {path} não existe</translation>
    </message>
    <message>
        <source>{path}: cannot read ({error})</source>
        <translation>{path}: não é possível ler ({error})</translation>
    </message>
    <message>
        <source>{name}: larger than {limit_kb} KB; is it the right file?</source>
        <translation>{name}: maior que {limit_kb} KB; é o arquivo certo?</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text</source>
        <translation>{name}: não é texto UTF-8</translation>
    </message>
    <message>
        <source>{name}: not valid TOML ({error})</source>
        <translation>{name}: não é um TOML válido ({error})</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>unknown key {key!r} (known: {keys})</source>
        <translation>chave desconhecida {key!r} (conhecidas: {keys})</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>{key} está faltando</translation>
    </message>
    <message>
        <source>the [rates] table is missing (mode = &apos;fixed&apos; or &apos;http&apos;)</source>
        <translation>a tabela [rates] está faltando (mode = &apos;fixed&apos; ou &apos;http&apos;)</translation>
    </message>
    <message>
        <source>{key}: {error}</source>
        <translation>{key}: {error}</translation>
    </message>
    <message>
        <source>{dotted}: secrets never go in the provisioning file (it is read by anyone who can read the app&apos;s folder); remove the key</source>
        <translation>{dotted}: segredos nunca vão no arquivo de provisionamento (qualquer pessoa que consiga ler a pasta do app pode lê-lo); remova a chave</translation>
    </message>
    <message>
        <source>{where}: that looks like a secret key (S…): never enter a secret key anywhere. posapp never needs it; it only watches your public G… address. If you think someone saw it, move your funds to a new account</source>
        <translation>{where}: isso parece uma chave secreta (S…): nunca digite uma chave secreta em lugar nenhum. O posapp nunca precisa dela; ele apenas observa seu endereço público G…. Se você acha que alguém a viu, transfira seus fundos para uma nova conta</translation>
    </message>
    <message>
        <source>{where}: that is a webhook signing secret; it never goes in the provisioning file (posapp makes one and keeps it in the OS keyring)</source>
        <translation>{where}: isso é um segredo de assinatura de webhook; ele nunca vai no arquivo de provisionamento (o posapp cria um e o guarda no chaveiro do sistema)</translation>
    </message>
    <message>
        <source>{key} must be text in quotes</source>
        <translation>{key} deve ser um texto entre aspas</translation>
    </message>
    <message>
        <source>{key} is empty</source>
        <translation>{key} está vazio</translation>
    </message>
    <message>
        <source>{key} must be a number, e.g. 84.10</source>
        <translation>{key} deve ser um número, p. ex. 84.10</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} deve ser true ou false</translation>
    </message>
    <message>
        <source>{key} must be a list of percentages, e.g. [10, 15, 20]</source>
        <translation>{key} deve ser uma lista de porcentagens, p. ex. [10, 15, 20]</translation>
    </message>
    <message>
        <source>{key} must be a whole number</source>
        <translation>{key} deve ser um número inteiro</translation>
    </message>
    <message>
        <source>receipt must be a table: [receipt]</source>
        <translation>receipt deve ser uma tabela: [receipt]</translation>
    </message>
    <message>
        <source>unknown key &apos;receipt.{key}&apos; (known: {keys})</source>
        <translation>chave desconhecida &apos;receipt.{key}&apos; (conhecidas: {keys})</translation>
    </message>
    <message>
        <source>unknown key &apos;rates.{key}&apos; (known: {keys})</source>
        <translation>chave desconhecida &apos;rates.{key}&apos; (conhecidas: {keys})</translation>
    </message>
    <message>
        <source>rates.source is for mode = &apos;http&apos;; remove it or change the mode</source>
        <translation>rates.source é para mode = &apos;http&apos;; remova-a ou mude o modo</translation>
    </message>
    <message>
        <source>rates.fixed_rate is missing (units of the currency per 1 USDC)</source>
        <translation>rates.fixed_rate está faltando (unidades da moeda por 1 USDC)</translation>
    </message>
    <message>
        <source>rates.fixed_rate is for mode = &apos;fixed&apos;; remove it or change mode</source>
        <translation>rates.fixed_rate é para mode = &apos;fixed&apos;; remova-a ou mude o modo</translation>
    </message>
    <message>
        <source>rates.source is missing: &apos;coingecko&apos; or an https base URL</source>
        <translation>rates.source está faltando: &apos;coingecko&apos; ou uma URL base https</translation>
    </message>
    <message>
        <source>rates.mode must be &apos;fixed&apos; or &apos;http&apos;</source>
        <translation>rates.mode deve ser &apos;fixed&apos; ou &apos;http&apos;</translation>
    </message>
    <message>
        <source>database_url is not a database URL (e.g. postgresql://posapp@db.example/posapp)</source>
        <translation>database_url não é uma URL de banco de dados (p. ex. postgresql://posapp@db.example/posapp)</translation>
    </message>
    <message>
        <source>database_url contains a password; remove it from the file and keep it in the OS keyring or ~/.pgpass (postgresql://USER@HOST/DB)</source>
        <translation>database_url contém uma senha; remova-a do arquivo e guarde-a no chaveiro do sistema ou em ~/.pgpass (postgresql://USER@HOST/DB)</translation>
    </message>
    <message>
        <source>database_url has a password parameter; use ~/.pgpass instead</source>
        <translation>database_url tem um parâmetro de senha; use ~/.pgpass</translation>
    </message>
    <message>
        <source>the API key header must be a name like x-cg-demo-api-key</source>
        <translation>o cabeçalho da chave de API deve ser um nome como x-cg-demo-api-key</translation>
    </message>
    <message>
        <source>the API key must be 1 to {limit} printable characters</source>
        <translation>a chave de API deve ter de 1 a {limit} caracteres imprimíveis</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: {problem}; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>não é possível guardar a chave de API da cotação: {problem}; instale e desbloqueie um Secret Service (p. ex. gnome-keyring ou KWallet) ou opte pelo armazenamento em arquivo com `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: the OS keyring is locked; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>não é possível guardar a chave de API da cotação: o chaveiro do sistema está bloqueado; instale e desbloqueie um Secret Service (p. ex. gnome-keyring ou KWallet) ou opte pelo armazenamento em arquivo com `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the rate API key: keyring error ({error}); install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>não é possível guardar a chave de API da cotação: erro no chaveiro ({error}); instale e desbloqueie um Secret Service (p. ex. gnome-keyring ou KWallet) ou opte pelo armazenamento em arquivo com `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>the idle lock must be a whole number of minutes</source>
        <translation>o bloqueio por inatividade deve ser um número inteiro de minutos</translation>
    </message>
    <message>
        <source>the idle lock must be 0 (never) to {limit} min</source>
        <translation>o bloqueio por inatividade deve ser de 0 (nunca) a {limit} min</translation>
    </message>
    <message>
        <source>not a database URL</source>
        <translation>não é uma URL de banco de dados</translation>
    </message>
    <message>
        <source>only a PostgreSQL database has a password to store</source>
        <translation>só um banco de dados PostgreSQL tem senha para armazenar</translation>
    </message>
    <message>
        <source>leave the password out of the URL; it is asked for instead</source>
        <translation>não coloque a senha na URL; ela será solicitada</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>a senha está vazia</translation>
    </message>
    <message>
        <source>the OS keyring could not store the password ({error}); use ~/.pgpass instead</source>
        <translation>o chaveiro do sistema não conseguiu armazenar a senha ({error}); use ~/.pgpass</translation>
    </message>
    <message>
        <source>someone else (an owner or admin) must approve this</source>
        <translation>outra pessoa (um proprietário ou administrador) precisa aprovar isto</translation>
    </message>
    <message>
        <source>{user} is {role} and cannot approve {action}: ask an owner or admin</source>
        <translation>{user} é {role} e não pode aprovar “{action}”: peça a um proprietário ou administrador</translation>
    </message>
    <message>
        <source>a password has at most {password_max_bytes} bytes: that entry is too long</source>
        <translation>uma senha tem no máximo {password_max_bytes} bytes: essa entrada é longa demais</translation>
    </message>
    <message>
        <source>wrong name or PIN</source>
        <translation>nome ou PIN incorreto</translation>
    </message>
    <message>
        <source>{user} is disabled: ask an admin</source>
        <translation>{user} está desativado: fale com um administrador</translation>
    </message>
    <message>
        <source>{user} is locked after too many wrong attempts: try again in {delay}, or ask an admin to unlock</source>
        <translation>{user} está bloqueado após muitas tentativas erradas: tente novamente em {delay} ou peça a um administrador para desbloquear</translation>
    </message>
    <message>
        <source>wrong PIN: {user} is now locked for {delay} after {failures} wrong attempts</source>
        <translation>PIN errado: {user} agora está bloqueado por {delay} após {failures} tentativas erradas</translation>
    </message>
    <message>
        <source>wrong PIN or password: 1 try left before a lock</source>
        <translation>PIN ou senha incorretos: resta 1 tentativa antes do bloqueio</translation>
    </message>
    <message>
        <source>wrong PIN or password: {left} tries left before a lock</source>
        <translation>PIN ou senha incorretos: restam {left} tentativas antes do bloqueio</translation>
    </message>
    <message>
        <source>a PIN or password must be text</source>
        <translation>um PIN ou senha deve ser texto</translation>
    </message>
    <message>
        <source>enter a PIN (4 to 8 digits) or a password (8 to 72 bytes)</source>
        <translation>digite um PIN (4 a 8 dígitos) ou uma senha (8 a 72 bytes)</translation>
    </message>
    <message>
        <source>a PIN needs {pin_min_digits} to {pin_max_digits} digits; this one has {length}</source>
        <translation>um PIN precisa ter de {pin_min_digits} a {pin_max_digits} dígitos; este tem {length}</translation>
    </message>
    <message>
        <source>that PIN is too easy to guess (one digit repeated, or a run like 4-5-6-7): pick another</source>
        <translation>esse PIN é fácil demais de adivinhar (um dígito repetido ou uma sequência como 4-5-6-7): escolha outro</translation>
    </message>
    <message>
        <source>a password cannot contain control characters</source>
        <translation>uma senha não pode conter caracteres de controle</translation>
    </message>
    <message>
        <source>a password cannot be only spaces</source>
        <translation>uma senha não pode ter só espaços</translation>
    </message>
    <message>
        <source>that password is too long: {size} bytes, at most {password_max_bytes} (letters outside A–Z can take 2–4 bytes each)</source>
        <translation>essa senha é longa demais: {size} bytes, no máximo {password_max_bytes} (letras fora de A–Z podem ocupar de 2 a 4 bytes cada)</translation>
    </message>
    <message>
        <source>a password needs at least {password_min_bytes} characters (or use a PIN of {pin_min_digits} to {pin_max_digits} digits)</source>
        <translation>uma senha precisa de pelo menos {password_min_bytes} caracteres (ou use um PIN de {pin_min_digits} a {pin_max_digits} dígitos)</translation>
    </message>
    <message>
        <source>the two entries differ: type the same PIN or password twice</source>
        <translation>as duas entradas são diferentes: digite o mesmo PIN ou senha duas vezes</translation>
    </message>
    <message>
        <source>a user name must be text</source>
        <translation>um nome de usuário deve ser texto</translation>
    </message>
    <message>
        <source>enter a name</source>
        <translation>digite um nome</translation>
    </message>
    <message>
        <source>a name has at most {limit} characters</source>
        <translation>um nome tem no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>a name cannot contain control characters</source>
        <translation>um nome não pode conter caracteres de controle</translation>
    </message>
    <message>
        <source>a name needs at least one letter</source>
        <translation>um nome precisa de pelo menos uma letra</translation>
    </message>
    <message>
        <source>unknown role {text!r}: use {roles}</source>
        <translation>função desconhecida {text!r}: use {roles}</translation>
    </message>
    <message>
        <source>no user named {name!r}</source>
        <translation>nenhum usuário chamado {name!r}</translation>
    </message>
    <message>
        <source>an administrator already exists: sign in as one to add users</source>
        <translation>já existe um administrador: entre como administrador para adicionar usuários</translation>
    </message>
    <message>
        <source>a user named {name!r} already exists</source>
        <translation>já existe um usuário chamado {name!r}</translation>
    </message>
    <message>
        <source>an administrator already exists</source>
        <translation>já existe um administrador</translation>
    </message>
    <message>
        <source>you cannot disable yourself: ask another admin</source>
        <translation>você não pode desativar a si mesmo: peça a outro administrador</translation>
    </message>
    <message>
        <source>cannot {what} the last administrator: add another admin first</source>
        <translation>não é possível {what} o último administrador: adicione outro administrador primeiro</translation>
    </message>
    <message>
        <source>the account must be a G… address</source>
        <translation>a conta deve ser um endereço G…</translation>
    </message>
    <message>
        <source>that is a secret key: posapp only needs the public G… address</source>
        <translation>isso é uma chave secreta: o posapp só precisa do endereço público G…</translation>
    </message>
    <message>
        <source>{account!r} is not a valid Stellar G… address</source>
        <translation>{account!r} não é um endereço Stellar G… válido</translation>
    </message>
    <message>
        <source>cannot reach Horizon at {horizon_url} ({error})</source>
        <translation>não é possível acessar o Horizon em {horizon_url} ({error})</translation>
    </message>
    <message>
        <source>Horizon could not look the account up (HTTP {status})</source>
        <translation>o Horizon não conseguiu consultar a conta (HTTP {status})</translation>
    </message>
    <message>
        <source>Horizon sent an account that is not JSON</source>
        <translation>o Horizon enviou uma conta que não é JSON</translation>
    </message>
    <message>
        <source>Horizon sent an account that is not a JSON object</source>
        <translation>o Horizon enviou uma conta que não é um objeto JSON</translation>
    </message>
    <message>
        <source>Horizon sent an account without a balances list</source>
        <translation>o Horizon enviou uma conta sem lista de saldos</translation>
    </message>
    <message>
        <source>Horizon sent a balance {key} that is not a string</source>
        <translation>o Horizon enviou um saldo {key} que não é texto</translation>
    </message>
    <message>
        <source>Horizon sent a balance {key} that is not a number</source>
        <translation>o Horizon enviou um saldo {key} que não é um número</translation>
    </message>
    <message>
        <source>the merchant account must be text</source>
        <translation>a conta da loja deve ser texto</translation>
    </message>
    <message>
        <source>the merchant account is empty: enter the shop&apos;s public G… address</source>
        <translation>a conta da loja está vazia: digite o endereço público G… da loja</translation>
    </message>
    <message>
        <source>that looks like a secret key (S…): never enter a secret key anywhere. posapp never needs it; it only watches your public G… address. If you think someone saw it, move your funds to a new account</source>
        <translation>isso parece uma chave secreta (S…): nunca digite uma chave secreta em lugar nenhum. O posapp nunca precisa dela; ele apenas observa seu endereço público G…. Se você acha que alguém a viu, transfira seus fundos para uma nova conta</translation>
    </message>
    <message>
        <source>that is a muxed M… address: the merchant account must be the base G… account (posapp gives each payment its own muxed id)</source>
        <translation>isso é um endereço muxed M…: a conta da loja deve ser a conta base G… (o posapp dá a cada pagamento seu próprio id muxed)</translation>
    </message>
    <message>
        <source>that is a contract C… address: the merchant account must be a G… account</source>
        <translation>isso é um endereço de contrato C…: a conta da loja deve ser uma conta G…</translation>
    </message>
    <message>
        <source>a Stellar account address starts with G</source>
        <translation>um endereço de conta Stellar começa com G</translation>
    </message>
    <message>
        <source>wrong length: a Stellar account address has {expected} characters, this has {length}</source>
        <translation>tamanho errado: um endereço de conta Stellar tem {expected} caracteres, este tem {length}</translation>
    </message>
    <message>
        <source>invalid characters: a Stellar address has only letters A–Z and digits 2–7</source>
        <translation>caracteres inválidos: um endereço Stellar tem apenas letras A–Z e dígitos 2–7</translation>
    </message>
    <message>
        <source>bad checksum: the address has a typo, copy it again</source>
        <translation>checksum inválido: o endereço tem um erro de digitação, copie-o novamente</translation>
    </message>
    <message>
        <source>Horizon sent a payments page that is not JSON</source>
        <translation>o Horizon enviou uma página de pagamentos que não é JSON</translation>
    </message>
    <message>
        <source>Horizon sent a payments page without _embedded.records</source>
        <translation>o Horizon enviou uma página de pagamentos sem _embedded.records</translation>
    </message>
    <message>
        <source>Horizon&apos;s newest payment record has no usable paging_token</source>
        <translation>o registro de pagamento mais recente do Horizon não tem paging_token utilizável</translation>
    </message>
    <message>
        <source>Horizon returned a full page with nothing after the cursor</source>
        <translation>o Horizon retornou uma página cheia sem nada após o cursor</translation>
    </message>
    <message>
        <source>Horizon stream error: {data}</source>
        <translation>erro no stream do Horizon: {data}</translation>
    </message>
    <message>
        <source>Horizon accepted the stream but sent {silence}</source>
        <translation>o Horizon aceitou o stream, mas enviou {silence}</translation>
    </message>
    <message>
        <source>Horizon did not answer the stream request</source>
        <translation>o Horizon não respondeu à solicitação de stream</translation>
    </message>
    <message>
        <source>Horizon ended the stream without saying goodbye</source>
        <translation>o Horizon encerrou o stream sem se despedir</translation>
    </message>
    <message>
        <source>Horizon knows no account {account} (HTTP 404): check the address and the network, or fund the account with XLM: {title}</source>
        <translation>o Horizon não conhece a conta {account} (HTTP 404): confira o endereço e a rede ou financie a conta com XLM: {title}</translation>
    </message>
    <message>
        <source>Horizon knows no account {account} (HTTP 404): check the address and the network, or fund the account with XLM</source>
        <translation>o Horizon não conhece a conta {account} (HTTP 404): confira o endereço e a rede ou financie a conta com XLM</translation>
    </message>
    <message>
        <source>Horizon is rate-limiting this app (HTTP 429): {title}</source>
        <translation>o Horizon está limitando as solicitações deste app (HTTP 429): {title}</translation>
    </message>
    <message>
        <source>Horizon is rate-limiting this app (HTTP 429)</source>
        <translation>o Horizon está limitando as solicitações deste app (HTTP 429)</translation>
    </message>
    <message>
        <source>Horizon is unavailable (HTTP {status}): {title}</source>
        <translation>o Horizon está indisponível (HTTP {status}): {title}</translation>
    </message>
    <message>
        <source>Horizon is unavailable (HTTP {status})</source>
        <translation>o Horizon está indisponível (HTTP {status})</translation>
    </message>
    <message>
        <source>Horizon refused the request (HTTP {status}): {title}</source>
        <translation>o Horizon recusou a solicitação (HTTP {status}): {title}</translation>
    </message>
    <message>
        <source>Horizon refused the request (HTTP {status})</source>
        <translation>o Horizon recusou a solicitação (HTTP {status})</translation>
    </message>
    <message>
        <source>cannot connect to Horizon at {url}</source>
        <translation>não é possível conectar ao Horizon em {url}</translation>
    </message>
    <message>
        <source>timed out connecting to Horizon at {url}</source>
        <translation>tempo esgotado ao conectar ao Horizon em {url}</translation>
    </message>
    <message>
        <source>timed out reading from Horizon at {url}</source>
        <translation>tempo esgotado ao ler do Horizon em {url}</translation>
    </message>
    <message>
        <source>connection broken by Horizon at {url}</source>
        <translation>conexão interrompida pelo Horizon em {url}</translation>
    </message>
    <message>
        <source>network error talking to Horizon at {url}: {error}</source>
        <translation>erro de rede ao comunicar com o Horizon em {url}: {error}</translation>
    </message>
    <message>
        <source>unknown network {name!r}: use testnet or public</source>
        <translation>rede desconhecida {name!r}: use testnet ou public</translation>
    </message>
    <message>
        <source>nothing to put in the QR code</source>
        <translation>nada para colocar no código QR</translation>
    </message>
    <message>
        <source>{size} characters are too many for a scannable QR code; shorten the message</source>
        <translation>{size} caracteres são demais para um código QR legível; encurte a mensagem</translation>
    </message>
    <message>
        <source>the QR scale must be a whole number of pixels, at least 1</source>
        <translation>a escala do QR deve ser um número inteiro de pixels, no mínimo 1</translation>
    </message>
    <message>
        <source>Horizon sent an account without a sequence number</source>
        <translation>o Horizon enviou uma conta sem número de sequência</translation>
    </message>
    <message>
        <source>Horizon sent fee statistics posapp cannot read</source>
        <translation>o Horizon enviou estatísticas de taxa que o posapp não consegue ler</translation>
    </message>
    <message>
        <source>cannot reach Horizon at {url} ({error}): try again</source>
        <translation>não é possível acessar o Horizon em {url} ({error}): tente novamente</translation>
    </message>
    <message>
        <source>Horizon answered HTTP {status} for {path}</source>
        <translation>o Horizon respondeu HTTP {status} para {path}</translation>
    </message>
    <message>
        <source>Horizon sent something that is not JSON for {path}</source>
        <translation>o Horizon enviou algo que não é JSON para {path}</translation>
    </message>
    <message>
        <source>Horizon sent something that is not a JSON object for {path}</source>
        <translation>o Horizon enviou algo que não é um objeto JSON para {path}</translation>
    </message>
    <message>
        <source>Horizon sent a {what} that is not a string</source>
        <translation>o Horizon enviou um campo {what} que não é texto</translation>
    </message>
    <message>
        <source>Horizon sent a {what} that is not a number</source>
        <translation>o Horizon enviou um campo {what} que não é um número</translation>
    </message>
    <message>
        <source>a text memo holds at most 28 bytes</source>
        <translation>um memo de texto comporta no máximo 28 bytes</translation>
    </message>
    <message>
        <source>an id memo is a whole number below 2^64</source>
        <translation>um memo de id é um número inteiro menor que 2^64</translation>
    </message>
    <message>
        <source>memo type {memo_type!r} is not text or id</source>
        <translation>o tipo de memo {memo_type!r} não é text nem id</translation>
    </message>
    <message>
        <source>{address!r} is not a Stellar G… or M… address</source>
        <translation>{address!r} não é um endereço Stellar G… ou M…</translation>
    </message>
    <message>
        <source>the payment memo is empty</source>
        <translation>o memo do pagamento está vazio</translation>
    </message>
    <message>
        <source>the payment memo is not valid text</source>
        <translation>o memo do pagamento não é um texto válido</translation>
    </message>
    <message>
        <source>the payment memo is {size} bytes; a Stellar text memo holds {limit}</source>
        <translation>o memo do pagamento tem {size} bytes; um memo de texto Stellar comporta {limit}</translation>
    </message>
    <message>
        <source>the payment destination must be a valid G… account</source>
        <translation>o destino do pagamento deve ser uma conta G… válida</translation>
    </message>
    <message>
        <source>the asset issuer must be a valid G… account</source>
        <translation>o emissor do ativo deve ser uma conta G… válida</translation>
    </message>
    <message>
        <source>the asset code must be 1–12 letters or digits</source>
        <translation>o código do ativo deve ter de 1 a 12 letras ou dígitos</translation>
    </message>
    <message>
        <source>the payment message is not valid text</source>
        <translation>a mensagem de pagamento não é um texto válido</translation>
    </message>
    <message>
        <source>a SEP-7 URI must be text</source>
        <translation>um URI SEP-7 deve ser texto</translation>
    </message>
    <message>
        <source>not a usable SEP-7 pay URI: {error}</source>
        <translation>não é um URI de pagamento SEP-7 utilizável: {error}</translation>
    </message>
    <message>
        <source>the SEP-7 destination is not a valid G… or M… account</source>
        <translation>o destino SEP-7 não é uma conta G… ou M… válida</translation>
    </message>
    <message>
        <source>not a database URL: {url!r}</source>
        <translation>não é uma URL de banco de dados: {url!r}</translation>
    </message>
    <message>
        <source>unsupported database {drivername!r}: use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB</source>
        <translation>banco de dados não suportado {drivername!r}: use sqlite:///FILE ou postgresql+psycopg://USER@HOST/DB</translation>
    </message>
    <message>
        <source>cannot open the database {url}: {error}</source>
        <translation>não é possível abrir o banco de dados {url}: {error}</translation>
    </message>
    <message>
        <source>no webhook event {event_id}</source>
        <translation>evento de webhook {event_id} não encontrado</translation>
    </message>
    <message>
        <source>unknown webhook status {status!r} (one of {statuses})</source>
        <translation>status de webhook desconhecido {status!r} (um destes: {statuses})</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} não é um número</translation>
    </message>
    <message>
        <source>No receipt printer is set up: an admin chooses one in Settings → Receipts. You can save the receipt as a PDF meanwhile.</source>
        <translation>Nenhuma impressora de recibos configurada: um administrador escolhe uma em Configurações → Recibos. Enquanto isso, você pode salvar o recibo como PDF.</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({reason})</source>
        <translation>não é possível criar a pasta {folder} ({reason})</translation>
    </message>
    <message>
        <source>cannot write the PDF {path}: is the folder writable?</source>
        <translation>não é possível gravar o PDF {path}: a pasta permite gravação?</translation>
    </message>
    <message>
        <source>cannot write the PDF {path}</source>
        <translation>não é possível gravar o PDF {path}</translation>
    </message>
    <message>
        <source>no printer named {name} on this computer (printers: {names})</source>
        <translation>nenhuma impressora chamada {name} neste computador (impressoras: {names})</translation>
    </message>
    <message>
        <source>no printer named {name} on this computer (printers: none)</source>
        <translation>nenhuma impressora chamada {name} neste computador (impressoras: nenhuma)</translation>
    </message>
    <message>
        <source>no default printer on this computer (printers: {names})</source>
        <translation>nenhuma impressora padrão neste computador (impressoras: {names})</translation>
    </message>
    <message>
        <source>no default printer on this computer (printers: none)</source>
        <translation>nenhuma impressora padrão neste computador (impressoras: nenhuma)</translation>
    </message>
    <message>
        <source>the printer {name} did not accept the receipt</source>
        <translation>a impressora {name} não aceitou o recibo</translation>
    </message>
    <message>
        <source>the printer {name} reported an error</source>
        <translation>a impressora {name} informou um erro</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds from 3 to 3600</source>
        <translation>{variable} deve ser um número de segundos de 3 a 3600</translation>
    </message>
    <message>
        <source>the stored webhook secret is unreadable; set a new one</source>
        <translation>o segredo de webhook armazenado está ilegível; defina um novo</translation>
    </message>
    <message>
        <source>webhook secret is shorter than {minimum} bytes</source>
        <translation>o segredo de webhook tem menos de {minimum} bytes</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: {problem}; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>não é possível guardar o segredo do webhook: {problem}; instale e desbloqueie um Secret Service (p. ex. gnome-keyring ou KWallet) ou opte pelo armazenamento em arquivo com `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: the OS keyring is locked; install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>não é possível guardar o segredo do webhook: o chaveiro do sistema está bloqueado; instale e desbloqueie um Secret Service (p. ex. gnome-keyring ou KWallet) ou opte pelo armazenamento em arquivo com `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>cannot keep the webhook secret: keyring error ({error}); install and unlock a Secret Service (e.g. gnome-keyring or KWallet), or opt in to the file store with `posapp webhooks secret --file-store`</source>
        <translation>não é possível guardar o segredo do webhook: erro no chaveiro ({error}); instale e desbloqueie um Secret Service (p. ex. gnome-keyring ou KWallet) ou opte pelo armazenamento em arquivo com `posapp webhooks secret --file-store`</translation>
    </message>
    <message>
        <source>webhook secret is not valid base64 (expected whsec_…)</source>
        <translation>o segredo de webhook não é base64 válido (esperado whsec_…)</translation>
    </message>
    <message>
        <source>webhook secret must be text</source>
        <translation>o segredo de webhook deve ser texto</translation>
    </message>
    <message>
        <source>webhook secret is empty</source>
        <translation>o segredo de webhook está vazio</translation>
    </message>
    <message>
        <source>no webhook secret to sign with</source>
        <translation>nenhum segredo de webhook para assinar</translation>
    </message>
    <message>
        <source>no webhook secret to verify with</source>
        <translation>nenhum segredo de webhook para verificar</translation>
    </message>
    <message>
        <source>missing webhook-id, webhook-timestamp or webhook-signature</source>
        <translation>faltando webhook-id, webhook-timestamp ou webhook-signature</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a number</source>
        <translation>webhook-timestamp não é um número</translation>
    </message>
    <message>
        <source>webhook timestamp too old</source>
        <translation>timestamp do webhook antigo demais</translation>
    </message>
    <message>
        <source>webhook timestamp too new</source>
        <translation>timestamp do webhook novo demais</translation>
    </message>
    <message>
        <source>no matching webhook signature</source>
        <translation>nenhuma assinatura de webhook correspondente</translation>
    </message>
    <message>
        <source>Cannot reach the server (no answer in time).</source>
        <translation>Não é possível acessar o servidor (sem resposta a tempo).</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Não é possível acessar o servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>O servidor recusou a solicitação.</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>A conexão com o servidor falhou.</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation>fuso horário desconhecido {name!r}</translation>
    </message>
</context>
</TS>
