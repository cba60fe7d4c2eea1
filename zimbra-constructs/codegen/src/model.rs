//! Turns one provider schema into a model of the Rust types to generate.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value};

use crate::naming;

/// The Rust type of a property value (inside `Value<...>`).
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    Str,
    Int,
    Float,
    Bool,
    Json,
    /// The shared `crate::value::Tag`.
    Tag,
    /// `IdOf<T>` of the resource type with this CloudFormation name.
    Id(String),
    List(Box<Ty>),
    Map(Box<Ty>),
    /// A generated property type of the same resource, by Rust name.
    Struct(String),
}

#[derive(Debug)]
pub struct Field {
    pub cfn_name: String,
    pub ty: Ty,
    pub required: bool,
    pub create_only: bool,
}

#[derive(Debug)]
pub struct StructDef {
    pub name: String,
    /// Name used for the documentation link.
    pub cfn_name: String,
    pub fields: Vec<Field>,
}

#[derive(Debug)]
pub struct Attr {
    pub name: String,
    pub list: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tagging {
    None,
    List,
    Map,
}

#[derive(Debug)]
pub struct ResourceDef {
    pub type_name: String,
    pub struct_name: String,
    pub module: String,
    pub fields: Vec<Field>,
    pub structs: Vec<StructDef>,
    pub attrs: Vec<Attr>,
    pub create_only: Vec<String>,
    pub read_only: Vec<String>,
    pub tagging: Tagging,
}

fn str_list(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn types_of(node: &Value) -> Vec<&str> {
    match node.get("type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn props_of(node: &Value) -> Option<&Map<String, Value>> {
    node.get("properties")
        .and_then(Value::as_object)
        .filter(|p| !p.is_empty())
}

/// A `{Key, Value}` string pair named like a tag.
fn is_tag_like(name: &str, node: &Value) -> bool {
    let Some(p) = props_of(node) else {
        return false;
    };
    (name.ends_with("Tag") || name.ends_with("Tags"))
        && p.len() == 2
        && ["Key", "Value"].iter().all(|k| {
            p.get(*k)
                .is_some_and(|v| types_of(v) == ["string"] || v.get("type").is_none())
        })
}

/// Whether branches of `oneOf`/`anyOf`/`allOf` bring properties of their own.
fn has_variant_properties(node: &Value) -> bool {
    ["oneOf", "anyOf", "allOf"].iter().any(|k| {
        node.get(*k)
            .and_then(Value::as_array)
            .is_some_and(|bs| bs.iter().any(|b| props_of(b).is_some()))
    })
}

struct Builder<'a> {
    type_name: &'a str,
    defs: Map<String, Value>,
    read_only: HashSet<String>,
    create_only: HashSet<String>,
    known: &'a HashSet<String>,
    structs: Vec<Option<StructDef>>,
    keys: HashMap<String, String>,
    names: HashSet<String>,
    ref_stack: Vec<String>,
}

impl Builder<'_> {
    fn id_or_str(&self, prop: &str) -> Ty {
        match naming::typed_id(self.type_name, prop) {
            Some(t) if self.known.contains(t) => Ty::Id(t.to_owned()),
            _ => Ty::Str,
        }
    }

    fn ty_of(&mut self, node: &Value, prop: &str, path: &str) -> Ty {
        if let Some(r) = node.get("$ref").and_then(Value::as_str) {
            let Some(name) = r.strip_prefix("#/definitions/") else {
                return Ty::Json;
            };
            let Some(def) = self.defs.get(name).cloned() else {
                return Ty::Json;
            };
            if is_tag_like(name, &def) {
                return Ty::Tag;
            }
            if props_of(&def).is_some() && !has_variant_properties(&def) {
                return Ty::Struct(self.struct_for(r, name, &def, path));
            }
            if self.ref_stack.iter().any(|n| n == name) {
                return Ty::Json;
            }
            self.ref_stack.push(name.to_owned());
            let t = self.ty_of(&def, prop, path);
            self.ref_stack.pop();
            return t;
        }
        let types = types_of(node);
        if types.len() > 1 {
            return Ty::Json;
        }
        match types.first().copied() {
            Some("string") => self.id_or_str(prop),
            Some("integer") => Ty::Int,
            Some("number") => Ty::Float,
            Some("boolean") => Ty::Bool,
            Some("array") => match node.get("items") {
                Some(items) => {
                    let items = items.clone();
                    Ty::List(Box::new(self.ty_of(&items, prop, &format!("{path}/*"))))
                }
                None => Ty::List(Box::new(Ty::Json)),
            },
            Some("object") => self.object_ty(node, prop, path),
            Some(_) => Ty::Json,
            None => {
                if props_of(node).is_some() {
                    return self.object_ty(node, prop, path);
                }
                // Untyped: take the branches' type if they all agree.
                for k in ["oneOf", "anyOf", "allOf"] {
                    if let Some(bs) = node.get(k).and_then(Value::as_array) {
                        let bs = bs.clone();
                        let typed: Vec<&Value> = bs
                            .iter()
                            .filter(|b| b.get("type").is_some() || b.get("$ref").is_some())
                            .collect();
                        if typed.is_empty() {
                            continue;
                        }
                        let ts: Vec<Ty> = typed.iter().map(|b| self.ty_of(b, prop, path)).collect();
                        if ts.windows(2).all(|w| w[0] == w[1]) {
                            return ts[0].clone();
                        }
                        return Ty::Json;
                    }
                }
                Ty::Json
            }
        }
    }

    fn object_ty(&mut self, node: &Value, prop: &str, path: &str) -> Ty {
        if props_of(node).is_some() {
            if is_tag_like(prop, node) {
                return Ty::Tag;
            }
            if has_variant_properties(node) {
                return Ty::Json;
            }
            return Ty::Struct(self.struct_for(path, prop, node, path));
        }
        if let Some(pp) = node.get("patternProperties").and_then(Value::as_object) {
            if pp.len() == 1 {
                let v = pp.values().next().cloned().unwrap_or(Value::Null);
                return Ty::Map(Box::new(self.ty_of(&v, "", &format!("{path}/*"))));
            }
            return Ty::Json;
        }
        if let Some(ap) = node.get("additionalProperties").filter(|a| a.is_object()) {
            let ap = ap.clone();
            return Ty::Map(Box::new(self.ty_of(&ap, "", &format!("{path}/*"))));
        }
        Ty::Json
    }

    /// The generated struct for a node with properties, generating it on first use.
    fn struct_for(&mut self, key: &str, cfn_name: &str, node: &Value, path: &str) -> String {
        if let Some(n) = self.keys.get(key) {
            return n.clone();
        }
        let base = naming::nested_type_name(cfn_name);
        let mut name = base.clone();
        let mut i = 2;
        while self.names.contains(&name) {
            name = format!("{base}{i}");
            i += 1;
        }
        self.names.insert(name.clone());
        self.keys.insert(key.to_owned(), name.clone());
        let idx = self.structs.len();
        self.structs.push(None);
        let required = str_list(node.get("required"));
        let mut fields = Vec::new();
        for (k, v) in props_of(node).cloned().unwrap_or_default() {
            let p = format!("{path}/{k}");
            if self.read_only.contains(&p) {
                continue;
            }
            let ty = self.ty_of(&v, &k, &p);
            fields.push(Field {
                required: required.contains(&k),
                create_only: self.create_only.contains(&p),
                cfn_name: k,
                ty,
            });
        }
        self.structs[idx] = Some(StructDef {
            name: name.clone(),
            cfn_name: cfn_name.to_owned(),
            fields,
        });
        name
    }

    /// Follows `$ref`s to the node they name.
    fn deref<'v>(&'v self, mut node: &'v Value) -> &'v Value {
        for _ in 0..16 {
            match node
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/definitions/"))
                .and_then(|n| self.defs.get(n))
            {
                Some(d) => node = d,
                None => break,
            }
        }
        node
    }

    /// `Fn::GetAtt` attributes from the read-only properties.
    fn attrs(&self, props: &Map<String, Value>, read_only: &[String]) -> Vec<Attr> {
        let mut out: Vec<Attr> = Vec::new();
        let mut seen = BTreeSet::new();
        let mut push = |name: String, list: bool, out: &mut Vec<Attr>| {
            if seen.insert(name.clone()) {
                out.push(Attr { name, list });
            }
        };
        for ptr in read_only {
            let Some(rest) = ptr.strip_prefix("/properties/") else {
                continue;
            };
            let segs: Vec<&str> = rest.split('/').collect();
            if segs.iter().any(|s| *s == "*" || s.is_empty()) {
                continue;
            }
            let mut node = props.get(segs[0]).map(|n| self.deref(n));
            for s in &segs[1..] {
                node = node
                    .and_then(props_of)
                    .and_then(|p| p.get(*s))
                    .map(|n| self.deref(n));
            }
            let Some(node) = node else { continue };
            let name = segs.join(".");
            let types = types_of(node);
            if types == ["array"] {
                push(name, true, &mut out);
            } else if let Some(p) = props_of(node) {
                for (k, v) in p {
                    let v = self.deref(v);
                    let t = types_of(v);
                    if props_of(v).is_none() && !t.contains(&"object") {
                        push(format!("{name}.{k}"), t == ["array"], &mut out);
                    }
                }
            } else if types == ["object"] {
                continue;
            } else {
                push(name, false, &mut out);
            }
        }
        out
    }
}

/// Builds the model of one resource type from its (patched) schema.
pub fn build(schema: &Value, known: &HashSet<String>) -> Result<ResourceDef, String> {
    let type_name = schema
        .get("typeName")
        .and_then(Value::as_str)
        .ok_or("schema without typeName")?;
    let props = schema
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .ok_or_else(|| format!("{type_name}: no properties"))?;
    let read_only = str_list(schema.get("readOnlyProperties"));
    let create_only = str_list(schema.get("createOnlyProperties"));
    let required = str_list(schema.get("required"));
    let struct_name = naming::resource_struct(type_name);
    let mut b = Builder {
        type_name,
        defs: schema
            .get("definitions")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default(),
        read_only: read_only.iter().cloned().collect(),
        create_only: create_only.iter().cloned().collect(),
        known,
        structs: Vec::new(),
        keys: HashMap::new(),
        names: HashSet::new(),
        ref_stack: Vec::new(),
    };
    let mut fields = Vec::new();
    for (k, v) in &props {
        let p = format!("/properties/{k}");
        if b.read_only.contains(&p) {
            continue;
        }
        let ty = b.ty_of(v, k, &p);
        fields.push(Field {
            required: required.contains(k),
            create_only: b.create_only.contains(&p),
            cfn_name: k.clone(),
            ty,
        });
    }
    let tagging = match fields.iter().find(|f| f.cfn_name == "Tags").map(|f| &f.ty) {
        Some(Ty::List(t)) if **t == Ty::Tag => Tagging::List,
        Some(Ty::Map(t)) if **t == Ty::Str => Tagging::Map,
        _ => Tagging::None,
    };
    let attrs = b.attrs(&props, &read_only);
    let structs = b.structs.into_iter().flatten().collect();
    Ok(ResourceDef {
        type_name: type_name.to_owned(),
        module: naming::resource_module(&struct_name),
        struct_name,
        fields,
        structs,
        attrs,
        create_only,
        read_only,
        tagging,
    })
}
