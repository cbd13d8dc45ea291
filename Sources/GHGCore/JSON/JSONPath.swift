/// A path into a JSON document, written as the cursor writes them: `$.measures[2].percent`,
/// `$.bau[0].amounts.values["2030"]` (a key that is not an identifier in brackets and quotes; a
/// bare `.2030` is read too). Batch sweeps use it to say which value a parameter sets.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Step: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public let steps: [Step]
    public let description: String

    /// Reads `text`; `nil` unless it is a path from the root (`$...`).
    public init?(_ text: String) {
        var steps: [Step] = []
        var rest = Substring(text)
        guard rest.first == "$" else { return nil }
        rest = rest.dropFirst()
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let key = rest.prefix { $0 != "." && $0 != "[" }
                guard !key.isEmpty else { return nil }
                steps.append(.key(String(key)))
                rest = rest.dropFirst(key.count)
            } else if first == "[" {
                rest = rest.dropFirst()
                if rest.first == "\"" {
                    rest = rest.dropFirst()
                    var key = ""
                    var closed = false
                    while let c = rest.first {
                        rest = rest.dropFirst()
                        if c == "\\" {
                            guard let escaped = rest.first else { return nil }
                            key.append(escaped)
                            rest = rest.dropFirst()
                        } else if c == "\"" {
                            closed = true
                            break
                        } else {
                            key.append(c)
                        }
                    }
                    guard closed, rest.first == "]" else { return nil }
                    rest = rest.dropFirst()
                    steps.append(.key(key))
                } else {
                    let digits = rest.prefix { $0.isASCII && $0.isNumber }
                    guard !digits.isEmpty, let index = Int(digits) else { return nil }
                    rest = rest.dropFirst(digits.count)
                    guard rest.first == "]" else { return nil }
                    rest = rest.dropFirst()
                    steps.append(.index(index))
                }
            } else {
                return nil
            }
        }
        self.steps = steps
        self.description = text
    }
}

extension JSONNode {
    /// Replaces the value at `path` (keeping this node's positions for messages). The last key
    /// may be new to its object; everything before it must exist.
    /// - Returns: `nil`, or what is wrong with the path for this document.
    public mutating func set(_ path: JSONPath, to value: Value) -> String? {
        set(path.steps[...], to: value, at: "$")
    }

    private mutating func set(_ steps: ArraySlice<JSONPath.Step>, to newValue: Value, at location: String) -> String? {
        guard let step = steps.first else {
            value = newValue
            return nil
        }
        let rest = steps.dropFirst()
        switch (step, value) {
        case (.key(let key), .object(var members)):
            if let index = members.firstIndex(where: { $0.key == key }) {
                var child = members[index].value
                let problem = child.set(rest, to: newValue, at: location + "." + key)
                members[index].value = child
                value = .object(members)
                return problem
            }
            guard rest.isEmpty else { return "\(location) has no key \"\(key)\"" }
            members.append(JSONMember(key: key, keyLine: line, keyColumn: column, value: JSONNode(value: newValue, line: line, column: column)))
            value = .object(members)
            return nil
        case (.index(let index), .array(var elements)):
            guard elements.indices.contains(index) else { return "\(location) has \(elements.count) elements, no [\(index)]" }
            var child = elements[index]
            let problem = child.set(rest, to: newValue, at: location + "[\(index)]")
            elements[index] = child
            value = .array(elements)
            return problem
        case (.key(let key), _):
            return "\(location) is \(kindDescription), not an object with the key \"\(key)\""
        case (.index(let index), _):
            return "\(location) is \(kindDescription), not an array with an element [\(index)]"
        }
    }
}
