@testable import ActorGraphStore
import Testing

@Suite("SHA256")
struct SHA256Tests {
    @Test("the FIPS 180-4 test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("The quick brown fox jumps over the lazy dog",
         "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
    ])
    func vectors(message: String, digest: String) {
        #expect(SHA256.hexDigest(of: message) == digest)
    }

    @Test("a million 'a's (many blocks)")
    func million() {
        #expect(SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("lengths around the padding boundary (digests from Python's hashlib)", arguments: [
        (55, "eb2c86e932179f4ba13fe8715a26124b77d6bad290b9b4c1cc140cf633300c19"),
        (56, "a5fc6e203a4c2b657d0d153885932414b2ffc6a93f0f8bf8b3183315e5a7212c"),
        (63, "94e419fabac7f930810f9636354042f8c1426d2f834d4ab65c93dc1e69326b13"),
        (64, "a0fab1377f49a759b57f63318262ebe89fabfc990e8e93ceac2984561482b9d4"),
        (65, "74b128f30cf83de43ddf4aafc40c7b50a7443d3c73a89a7cfca17e15e43d51ab"),
    ])
    func boundaries(length: Int, digest: String) {
        #expect(SHA256.hexDigest(of: [UInt8](repeating: 0x62, count: length)) == digest)
    }

    @Test("UTF-8 text hashes its bytes")
    func utf8() {
        #expect(SHA256.hexDigest(of: "Türkiye") == SHA256.hexDigest(of: Array("Türkiye".utf8)))
    }
}
