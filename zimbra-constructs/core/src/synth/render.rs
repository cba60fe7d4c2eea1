//! Rendering one stack's elements into its CloudFormation template (a JSON value).
//!
//! References are resolved here: to a logical id inside the stack, or to the
//! `Fn::ImportValue` that the reference analysis assigned when the target lives elsewhere.

use serde_json::{json, Map, Value as Json};

use crate::node::NodeId;
use crate::resource::Tagging;
use crate::tree::{NodeKind, Tree};
use crate::value::{Expr, SubPart};

use super::logical_id::LogicalIds;
use super::refs::Links;

/// Everything needed to turn expressions of one stack into JSON.
pub(crate) struct Renderer<'a> {
    pub(crate) tree: &'a Tree,
    pub(crate) ids: &'a LogicalIds,
    pub(crate) stack_of: &'a [Option<NodeId>],
    pub(crate) links: &'a Links,
    pub(crate) stack: NodeId,
}

impl Renderer<'_> {
    fn id(&self, node: NodeId) -> Json {
        Json::String(self.ids.get(node).unwrap_or_default().to_owned())
    }

    fn local(&self, node: NodeId) -> bool {
        self.stack_of.get(node.index()).copied().flatten() == Some(self.stack)
    }

    fn import(&self, node: NodeId, attribute: Option<&str>) -> Json {
        let name = self.links.import_name(node, attribute).to_owned();
        intrinsic("Fn::ImportValue", Json::String(name))
    }

    /// Renders an expression. Borrowed: the JSON gets its own copy of each string, and no
    /// intermediate copy of the expression is made. Intrinsics are built directly, never
    /// through `json!` with a rendered value inside: that macro copies the value it is
    /// given, which made every nested intrinsic copy its whole subtree again.
    pub(crate) fn expr(&self, e: &Expr) -> Json {
        let s = |s: &String| Json::String(s.clone());
        match e {
            Expr::Null => Json::Null,
            Expr::Bool(b) => Json::Bool(*b),
            Expr::Int(i) => Json::from(*i),
            Expr::Float(f) => serde_json::Number::from_f64(*f).map_or(Json::Null, Json::Number),
            Expr::Str(v) => s(v),
            Expr::List(items) => self.exprs(items),
            Expr::Map(entries) => self.map(entries),
            Expr::Ref(n) if self.local(*n) => intrinsic("Ref", self.id(*n)),
            Expr::Ref(n) => self.import(*n, None),
            Expr::Pseudo(p) => intrinsic("Ref", Json::String(p.name().to_owned())),
            Expr::GetAtt(n, a) if self.local(*n) => {
                intrinsic("Fn::GetAtt", Json::Array(vec![self.id(*n), s(a)]))
            }
            Expr::GetAtt(n, a) => self.import(*n, Some(a)),
            Expr::Sub(parts) => self.sub(parts),
            Expr::SubRaw(template, vars) if vars.is_empty() => intrinsic("Fn::Sub", s(template)),
            Expr::SubRaw(template, vars) => {
                intrinsic("Fn::Sub", Json::Array(vec![s(template), self.map(vars)]))
            }
            Expr::Join(d, items) => {
                intrinsic("Fn::Join", Json::Array(vec![s(d), self.exprs(items)]))
            }
            Expr::Select(i, e) => intrinsic(
                "Fn::Select",
                Json::Array(vec![Json::from(*i), self.expr(e)]),
            ),
            Expr::Split(d, e) => intrinsic("Fn::Split", Json::Array(vec![s(d), self.expr(e)])),
            Expr::GetAzs(e) => intrinsic("Fn::GetAZs", self.expr(e)),
            Expr::ImportValue(e) => intrinsic("Fn::ImportValue", self.expr(e)),
            Expr::Base64(e) => intrinsic("Fn::Base64", self.expr(e)),
            Expr::Cidr(a, b, c) => intrinsic(
                "Fn::Cidr",
                Json::Array(vec![self.expr(a), self.expr(b), self.expr(c)]),
            ),
            Expr::FindInMap(m, a, b) => intrinsic(
                "Fn::FindInMap",
                Json::Array(vec![self.id(*m), self.expr(a), self.expr(b)]),
            ),
            Expr::If(c, a, b) => intrinsic(
                "Fn::If",
                Json::Array(vec![self.id(*c), self.expr(a), self.expr(b)]),
            ),
            Expr::Equals(a, b) => {
                intrinsic("Fn::Equals", Json::Array(vec![self.expr(a), self.expr(b)]))
            }
            Expr::And(items) => intrinsic("Fn::And", self.exprs(items)),
            Expr::Or(items) => intrinsic("Fn::Or", self.exprs(items)),
            Expr::Not(e) => intrinsic("Fn::Not", Json::Array(vec![self.expr(e)])),
            Expr::Condition(c) => intrinsic("Condition", self.id(*c)),
        }
    }

    fn exprs(&self, items: &[Expr]) -> Json {
        Json::Array(items.iter().map(|i| self.expr(i)).collect())
    }

    fn map(&self, entries: &[(String, Expr)]) -> Json {
        Json::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), self.expr(v)))
                .collect(),
        )
    }

    /// `Fn::Sub` from parts: local references and pseudo parameters go inline as
    /// `${Id}`/`${Id.Attr}`; anything else becomes a named variable.
    fn sub(&self, parts: &[SubPart]) -> Json {
        use std::fmt::Write as _;
        // The texts' length, and room for a reference per value: a server's script is one
        // template of many parts, and growing it by doubling copied it and left it with
        // unused capacity for the rest of the synth.
        let room = parts
            .iter()
            .map(|p| match p {
                SubPart::Text(t) | SubPart::Value(Expr::Str(t)) => t.len(),
                SubPart::Value(_) => 32,
            })
            .sum();
        let mut template = String::with_capacity(room);
        let mut vars = Map::new();
        let escaped = |template: &mut String, t: &str| {
            // The texts are most of a template's bytes: search them with one SIMD searcher.
            static OPEN: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
                std::sync::LazyLock::new(|| memchr::memmem::Finder::new("${"));
            if OPEN.find(t.as_bytes()).is_some() {
                template.push_str(&t.replace("${", "${!"));
            } else {
                template.push_str(t);
            }
        };
        for part in parts {
            match part {
                SubPart::Text(t) | SubPart::Value(Expr::Str(t)) => escaped(&mut template, t),
                SubPart::Value(Expr::Ref(n)) if self.local(*n) => {
                    let _ = write!(template, "${{{}}}", self.ids.get(*n).unwrap_or_default());
                }
                SubPart::Value(Expr::GetAtt(n, a)) if self.local(*n) => {
                    let _ = write!(
                        template,
                        "${{{}.{a}}}",
                        self.ids.get(*n).unwrap_or_default()
                    );
                }
                SubPart::Value(Expr::Pseudo(p)) => {
                    let _ = write!(template, "${{{}}}", p.name());
                }
                SubPart::Value(other) => {
                    let name = format!("Var{}", vars.len());
                    let _ = write!(template, "${{{name}}}");
                    vars.insert(name, self.expr(other));
                }
            }
        }
        if vars.is_empty() {
            intrinsic("Fn::Sub", Json::String(template))
        } else {
            intrinsic(
                "Fn::Sub",
                Json::Array(vec![Json::String(template), Json::Object(vars)]),
            )
        }
    }

    /// Renders one resource node: type, attributes, properties with tags and overrides.
    pub(crate) fn resource(&self, node: NodeId, tags: &[(String, String)]) -> Json {
        let NodeKind::Resource(r) = &self.tree.node(node).kind else {
            return Json::Null;
        };
        let mut out = Map::new();
        out.insert("Type".into(), Json::String(r.props.type_name().to_owned()));
        if let Some(c) = r.options.condition {
            out.insert("Condition".into(), self.id(c));
        }
        if let Some(deps) = self.links.depends_on.get(&node) {
            out.insert("DependsOn".into(), json!(deps));
        }
        // Rendered from the typed fields, borrowed: no converted copy of the properties.
        let mut properties = Map::new();
        r.props.visit_properties(&mut |name, e| {
            properties.insert(name.to_owned(), self.expr(e));
        });
        let mut properties = Json::Object(properties);
        if !tags.is_empty() {
            merge_tags(&mut properties, r.props.schema().tagging, tags);
        }
        if properties.as_object().is_some_and(|m| !m.is_empty()) {
            out.insert("Properties".into(), properties);
        }
        if !r.options.metadata.is_empty() {
            let meta: Map<String, Json> = r
                .options
                .metadata
                .iter()
                .map(|(k, v)| (k.clone(), self.expr(v)))
                .collect();
            out.insert("Metadata".into(), Json::Object(meta));
        }
        if let Some(p) = r.options.deletion_policy {
            out.insert("DeletionPolicy".into(), json!(p.as_str()));
        }
        if let Some(p) = r.options.update_replace_policy {
            out.insert("UpdateReplacePolicy".into(), json!(p.as_str()));
        }
        let mut out = Json::Object(out);
        for (path, value) in &r.options.overrides {
            apply_override(&mut out, path, value.as_ref().map(|v| self.expr(v)));
        }
        out
    }
}

/// `{name: value}`, the shape of every intrinsic function.
fn intrinsic(name: &str, value: Json) -> Json {
    let mut map = Map::with_capacity(1);
    map.insert(name.to_owned(), value);
    Json::Object(map)
}

/// Adds scope tags to a resource's `Tags`, keeping tags the resource sets itself (closest
/// wins) and sorting by key so the output does not depend on the order tags were applied.
fn merge_tags(properties: &mut Json, tagging: Tagging, tags: &[(String, String)]) {
    let Some(props) = properties.as_object_mut() else {
        return;
    };
    match tagging {
        Tagging::None => {}
        Tagging::List => {
            let mut merged: Vec<(String, Json)> = tags
                .iter()
                .map(|(k, v)| (k.clone(), json!({ "Key": k, "Value": v })))
                .collect();
            let own = props.remove("Tags");
            let mut opaque = Vec::new();
            if let Some(Json::Array(own)) = own {
                for t in own {
                    match t.get("Key").and_then(Json::as_str) {
                        Some(k) => {
                            merged.retain(|(mk, _)| mk != k);
                            merged.push((k.to_owned(), t));
                        }
                        None => opaque.push(t),
                    }
                }
            }
            merged.sort_by(|a, b| a.0.cmp(&b.0));
            let mut list: Vec<Json> = merged.into_iter().map(|(_, t)| t).collect();
            list.extend(opaque);
            props.insert("Tags".into(), Json::Array(list));
        }
        Tagging::Map => {
            let mut merged: std::collections::BTreeMap<String, Json> =
                tags.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
            if let Some(Json::Object(own)) = props.remove("Tags") {
                merged.extend(own);
            }
            props.insert("Tags".into(), Json::Object(merged.into_iter().collect()));
        }
    }
}

/// Sets (or with `None` removes) the value at a dotted path; `\.` escapes a dot in a key and
/// a number indexes into an array.
pub(crate) fn apply_override(target: &mut Json, path: &str, value: Option<Json>) {
    let mut keys: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'.') => {
                chars.next();
                current.push('.');
            }
            '.' => keys.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    keys.push(current);
    let Some((last, parents)) = keys.split_last() else {
        return;
    };
    let mut cur = target;
    for key in parents {
        let next = match cur {
            Json::Array(items) => match key.parse::<usize>() {
                Ok(i) if i < items.len() => &mut items[i],
                _ => return,
            },
            Json::Object(map) => map
                .entry(key.clone())
                .or_insert_with(|| Json::Object(Map::new())),
            other => {
                if value.is_none() {
                    return;
                }
                *other = Json::Object(Map::new());
                let Json::Object(map) = other else { return };
                map.entry(key.clone())
                    .or_insert_with(|| Json::Object(Map::new()))
            }
        };
        cur = next;
    }
    match (cur, value) {
        (Json::Array(items), v) => {
            if let Ok(i) = last.parse::<usize>() {
                match v {
                    Some(v) if i < items.len() => items[i] = v,
                    Some(v) if i == items.len() => items.push(v),
                    None if i < items.len() => {
                        items.remove(i);
                    }
                    _ => {}
                }
            }
        }
        (Json::Object(map), Some(v)) => {
            map.insert(last.clone(), v);
        }
        (Json::Object(map), None) => {
            map.shift_remove(last);
        }
        _ => {}
    }
}

/// Effective scope tags of every node: a node's own tags over its parent's.
pub(crate) fn effective_tags(tree: &Tree) -> (Vec<usize>, Vec<Vec<(String, String)>>) {
    let mut sets: Vec<Vec<(String, String)>> = vec![Vec::new()];
    let mut index = vec![0usize; tree.len()];
    for (node, n) in tree.iter() {
        let parent_set = n.parent.map_or(0, |p| index[p.index()]);
        if n.tags.is_empty() {
            index[node.index()] = parent_set;
            continue;
        }
        let mut merged = sets[parent_set].clone();
        for (k, v) in &n.tags {
            merged.retain(|(mk, _)| mk != k);
            merged.push((k.clone(), v.clone()));
        }
        sets.push(merged);
        let set = sets.len() - 1;
        index[node.index()] = set;
    }
    (index, sets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_set_nested_keys_escape_dots_and_index_arrays() {
        let mut v = json!({"Properties": {"A": [1, 2]}});
        apply_override(&mut v, "Properties.B.C", Some(json!("x")));
        apply_override(&mut v, "Properties.A.1", Some(json!(3)));
        apply_override(&mut v, "Properties.D\\.E", Some(json!(true)));
        assert_eq!(
            v,
            json!({"Properties": {"A": [1, 3], "B": {"C": "x"}, "D.E": true}})
        );
        apply_override(&mut v, "Properties.B", None);
        apply_override(&mut v, "Properties.A.0", None);
        assert_eq!(v, json!({"Properties": {"A": [3], "D.E": true}}));
    }

    #[test]
    fn resource_tags_win_over_scope_tags_and_are_sorted() {
        let mut props = json!({"Tags": [{"Key": "Name", "Value": "own"}]});
        let scope = vec![
            ("Name".to_owned(), "scope".to_owned()),
            ("App".to_owned(), "zimbra".to_owned()),
        ];
        merge_tags(&mut props, Tagging::List, &scope);
        assert_eq!(
            props,
            json!({"Tags": [{"Key": "App", "Value": "zimbra"}, {"Key": "Name", "Value": "own"}]})
        );
    }
}
