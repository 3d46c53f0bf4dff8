// Reads posapp's SEP-7 URIs with the Stellar wallet SDK (@stellar/typescript-wallet-sdk),
// unchanged, and prints what it understood as one JSON object per URI.
// usage: node sep7.mjs URI...
import walletSdk from "@stellar/typescript-wallet-sdk";

const { isValidSep7Uri, parseSep7Uri } = walletSdk;

for (const uri of process.argv.slice(2)) {
  const valid = isValidSep7Uri(uri);
  if (!valid.result) {
    console.log(JSON.stringify({ valid: false, reason: valid.reason }));
    continue;
  }
  const parsed = parseSep7Uri(uri);
  const out = {
    valid: true,
    type: parsed.operationType,
    msg: parsed.msg ?? null,
    networkPassphrase: parsed.networkPassphrase,
  };
  if (parsed.operationType === "tx") {
    const tx = parsed.getTransaction();
    Object.assign(out, {
      pubkey: parsed.pubkey ?? null,
      source: tx.source,
      sequence: tx.sequence,
      fee: tx.fee,
      memo: { type: tx.memo.type, value: tx.memo.value === null ? null : String(tx.memo.value) },
      timeBounds: tx.timeBounds,
      signatures: tx.signatures.length,
      operations: tx.operations.map((op) => ({
        type: op.type,
        destination: op.destination,
        amount: op.amount,
        asset: op.asset ? `${op.asset.code}:${op.asset.issuer}` : null,
      })),
    });
  } else {
    Object.assign(out, {
      destination: parsed.destination,
      amount: parsed.amount,
      assetCode: parsed.assetCode,
      assetIssuer: parsed.assetIssuer,
      memo: parsed.memo,
      memoType: parsed.memoType,
    });
  }
  console.log(JSON.stringify(out));
}
