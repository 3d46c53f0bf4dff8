// Pays once on a posapp devnet with the JavaScript Stellar SDK, unchanged.
// usage: node pay.mjs HORIZON_URL SECRET DESTINATION AMOUNT USDC_ISSUER MEMO
// Prints the transaction hash; on a refusal prints Horizon's result codes on stderr, exit 1.
import { Asset, Horizon, Keypair, Memo, Networks, TransactionBuilder, Operation } from "@stellar/stellar-sdk";

const [url, secret, destination, amount, issuer, memo] = process.argv.slice(2);
const server = new Horizon.Server(url, { allowHttp: true });
const keypair = Keypair.fromSecret(secret);
try {
  const account = await server.loadAccount(keypair.publicKey());
  const fee = await server.fetchBaseFee();
  const tx = new TransactionBuilder(account, { fee: String(fee), networkPassphrase: Networks.TESTNET })
    .addOperation(Operation.payment({ destination, asset: new Asset("USDC", issuer), amount }))
    .addMemo(Memo.text(memo))
    .setTimeout(60)
    .build();
  tx.sign(keypair);
  const answer = await server.submitTransaction(tx);
  console.log(answer.hash);
} catch (err) {
  const codes = err?.response?.data?.extras?.result_codes;
  console.error(codes ? JSON.stringify(codes) : String(err));
  process.exit(1);
}
