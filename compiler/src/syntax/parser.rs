//! Everything around the generated LALR(1) parser: AST construction helpers called from
//! grammar actions, gc's in-parser checks (parameter grouping, `type A[...]` array vs
//! type-parameter decision, `<-chan` re-association, statement checks), the translation
//! of lalrpop errors into gc-worded messages, and literal decoding.

use super::ast::*;
use super::lexer::Lexer;
use super::token::{LexError, Tok};
use super::{NodeIdGen, SyntaxError};
use lalrpop_util::ParseError;
use num_bigint::BigInt;

/// A syntax error found inside a grammar action (checked as gc's parser does).
pub type PErr = ParseError<usize, Tok, LexError>;

/// An error gc reports without the "syntax error: " prefix (from its type checker or
/// its parser's semantic checks).
fn perr_plain(pos: Pos, msg: impl Into<String>) -> PErr {
    ParseError::User {
        error: LexError {
            pos: pos as usize,
            msg: msg.into(),
        },
    }
}

pub fn plain_error(pos: usize, msg: &str) -> PErr {
    perr_plain(pos as Pos, msg)
}

/// gc's statement parser does not start a statement with `~`.
pub fn check_stmt_start(src: &str, s: Box<Stmt>) -> Result<Box<Stmt>, PErr> {
    if src.as_bytes().get(s.pos as usize) == Some(&b'~') {
        return Err(perr(s.pos, "unexpected ~, expected }"));
    }
    Ok(s)
}

fn perr(pos: Pos, msg: impl Into<String>) -> PErr {
    ParseError::User {
        error: LexError {
            pos: pos as usize,
            msg: format!("syntax error: {}", msg.into()),
        },
    }
}

// ---------------------------------------------------------------------------------------
// Node construction

/// A new expression node. Boxed: expression values on the parser stack stay small.
pub fn ex(ids: &NodeIdGen, pos: usize, kind: ExprKind) -> Box<Expr> {
    Box::new(Expr {
        id: ids.next(),
        pos: pos as Pos,
        kind,
    })
}

/// A new expression node, unboxed.
fn exu(ids: &NodeIdGen, pos: usize, kind: ExprKind) -> Expr {
    *ex(ids, pos, kind)
}

pub fn ident(ids: &NodeIdGen, src: &str, lo: usize, hi: usize) -> Ident {
    Ident {
        id: ids.next(),
        pos: lo as Pos,
        name: src[lo..hi].to_string(),
    }
}

pub fn ident_expr(ids: &NodeIdGen, src: &str, lo: usize, hi: usize) -> Box<Expr> {
    let i = ident(ids, src, lo, hi);
    ex(ids, lo, ExprKind::Ident(i))
}

pub fn lit(ids: &NodeIdGen, src: &str, kind: LitKind, lo: usize, hi: usize) -> Box<Expr> {
    ex(
        ids,
        lo,
        ExprKind::BasicLit {
            kind,
            raw: src[lo..hi].to_string(),
        },
    )
}

pub fn bin(ids: &NodeIdGen, x: Box<Expr>, op: BinaryOp, op_pos: usize, y: Box<Expr>) -> Box<Expr> {
    // The binary node takes the id counter value after its operands, which is fine:
    // ids only need to be unique.
    let pos = x.pos as usize;
    ex(
        ids,
        pos,
        ExprKind::Binary {
            op,
            op_pos: op_pos as Pos,
            x,
            y,
        },
    )
}

pub fn selector(ids: &NodeIdGen, x: Box<Expr>, sel: Ident) -> Box<Expr> {
    let p = x.pos as usize;
    ex(ids, p, ExprKind::Selector { x, sel })
}

pub fn index(ids: &NodeIdGen, x: Box<Expr>, (indices, rbrack): (Vec<Expr>, Pos)) -> Box<Expr> {
    let p = x.pos as usize;
    ex(ids, p, ExprKind::Index { x, indices, rbrack })
}

pub fn slice(
    ids: &NodeIdGen,
    x: Box<Expr>,
    lo: Option<Box<Expr>>,
    hi: Option<Box<Expr>>,
    max: Option<Box<Expr>>,
    slice3: bool,
    rbrack: usize,
) -> Box<Expr> {
    let p = x.pos as usize;
    ex(
        ids,
        p,
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            slice3,
            rbrack: rbrack as Pos,
        },
    )
}

pub fn type_assert(ids: &NodeIdGen, x: Box<Expr>, ty: Option<Box<Expr>>) -> Box<Expr> {
    let p = x.pos as usize;
    ex(ids, p, ExprKind::TypeAssert { x, ty })
}

pub struct RawArgs {
    pub args: Vec<Expr>,
    pub ellipsis: Option<Pos>,
    pub rparen: Pos,
}

pub fn call(ids: &NodeIdGen, fun: Box<Expr>, a: RawArgs) -> Box<Expr> {
    let p = fun.pos as usize;
    ex(
        ids,
        p,
        ExprKind::Call {
            fun,
            args: a.args,
            ellipsis: a.ellipsis,
            rparen: a.rparen,
        },
    )
}

pub fn complit(
    ids: &NodeIdGen,
    ty: Option<Box<Expr>>,
    (elts, lbrace, rbrace): (Vec<Expr>, Pos, Pos),
) -> Box<Expr> {
    let p = ty.as_ref().map_or(lbrace, |t| t.pos) as usize;
    ex(
        ids,
        p,
        ExprKind::CompositeLit {
            ty,
            elts,
            lbrace,
            rbrace,
        },
    )
}

/// `<-x`: a receive, or, when `x` is a channel type, gc's re-association making `<-chan T`
/// (`<-chan<- T` parses as `<-(chan<- T)` and becomes `<-chan (<-T)`... as the spec says
/// `<-` binds to the leftmost `chan`).
pub fn recv_expr(ids: &NodeIdGen, l: usize, x: Box<Expr>) -> Box<Expr> {
    if matches!(x.kind, ExprKind::ChanType { .. }) {
        let mut x = x;
        x.pos = l as Pos;
        let mut t = &mut x;
        while let ExprKind::ChanType { dir, elem } = &mut t.kind {
            match *dir {
                ChanDir::Both => {
                    *dir = ChanDir::Recv;
                    break;
                }
                ChanDir::Send => {
                    *dir = ChanDir::Recv;
                    t = elem;
                }
                // `<-<-chan E` is not a type; leave it for the checker to reject.
                ChanDir::Recv => break,
            }
        }
        return x;
    }
    ex(
        ids,
        l,
        ExprKind::Unary {
            op: UnaryOp::Recv,
            x,
        },
    )
}

/// Gives binary nodes (built without access to the counter) real ids.
pub fn fix_ids(e: &mut Expr, ids: &NodeIdGen) {
    if e.id.0 == u32::MAX {
        e.id = ids.next();
    }
}

// Grammar values arrive boxed; unboxing here keeps the grammar actions short.
#[allow(clippy::boxed_local)]
pub fn field(pos: Pos, names: Vec<Ident>, ty: Box<Expr>, tag: Option<String>) -> Box<Field> {
    Box::new(Field {
        pos,
        names,
        ty: *ty,
        variadic: false,
        tag,
    })
}

pub fn unbox<T>(v: Vec<Box<T>>) -> Vec<T> {
    v.into_iter().map(|b| *b).collect()
}

pub fn string_value(raw: &str) -> String {
    match unquote_string(raw) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(_) => String::new(),
    }
}

pub fn import_spec(src: &str, l: usize, name: Option<Ident>, pl: usize, ph: usize) -> ImportSpec {
    ImportSpec {
        pos: l as Pos,
        name,
        path: string_value(&src[pl..ph]),
        path_pos: pl as Pos,
    }
}

pub fn value_spec(l: usize, names: Vec<Ident>, ty: Option<Expr>, values: Vec<Expr>) -> ValueSpec {
    ValueSpec {
        pos: l as Pos,
        implicit: ty.is_none() && values.is_empty(),
        names,
        ty,
        values,
        iota: 0,
    }
}

pub fn const_missing_init(names: &[Ident]) -> PErr {
    perr_plain(
        names[0].pos,
        format!("missing init expr for {}", names[0].name),
    )
}

pub fn const_group(mut v: Vec<ValueSpec>) -> Vec<ValueSpec> {
    for (i, s) in v.iter_mut().enumerate() {
        s.iota = i as u32;
    }
    v
}

pub struct RawFile {
    pub package_pos: Pos,
    pub name: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
}

// ---------------------------------------------------------------------------------------
// Parameters

/// One item of a parameter list as parsed, before gc's grouping: a lone name has
/// `ty == None`.
pub struct PItem {
    pub pos: Pos,
    pub name: Option<Ident>,
    pub ty: Option<Expr>,
    pub dots: bool,
    /// Position of `...` when `dots`.
    pub dots_pos: Pos,
}

impl PItem {
    pub fn unnamed(t: Expr) -> PItem {
        let pos = t.pos;
        match t.kind {
            ExprKind::Ident(i) => PItem {
                pos,
                name: Some(i),
                ty: None,
                dots: false,
                dots_pos: 0,
            },
            _ => PItem {
                pos,
                name: None,
                ty: Some(t),
                dots: false,
                dots_pos: 0,
            },
        }
    }

    pub fn named(
        ids: &NodeIdGen,
        src: &str,
        (l, h): (usize, usize),
        ty: Expr,
        dots: Option<usize>,
    ) -> PItem {
        PItem {
            pos: l as Pos,
            name: Some(ident(ids, src, l, h)),
            ty: Some(ty),
            dots: dots.is_some(),
            dots_pos: dots.unwrap_or(0) as Pos,
        }
    }

    pub fn name_only(n: Ident, ty: Option<Expr>) -> PItem {
        PItem {
            pos: n.pos,
            name: Some(n),
            ty,
            dots: false,
            dots_pos: 0,
        }
    }
}

pub struct RawParams {
    pub pos: Pos,
    pub items: Vec<PItem>,
    pub rparen: Pos,
}

pub struct RawTParams {
    pub lbrack: Pos,
    pub items: Vec<PItem>,
    pub rbrack: Pos,
}

pub enum RawResults {
    List(RawParams),
    Type(Expr),
}

pub struct RawSig {
    pub params: RawParams,
    pub results: Option<RawResults>,
}

/// gc's parameter grouping: `a, b int` gives `a` the type of `b`; names and types may
/// not be mixed. `type_params` selects the type-parameter rules (names required).
pub fn group_params(
    ids: &NodeIdGen,
    items: Vec<PItem>,
    close: Pos,
    type_params: bool,
) -> Result<Vec<Field>, PErr> {
    let named = items
        .iter()
        .filter(|p| p.name.is_some() && p.ty.is_some())
        .count();
    let typed = items.iter().filter(|p| p.ty.is_some()).count();
    let n = items.len();
    for (i, p) in items.iter().enumerate() {
        if p.dots && i + 1 != n && !type_params {
            return Err(perr_plain(
                p.dots_pos,
                "can only use ... with final parameter",
            ));
        }
    }
    let mut out: Vec<Field> = Vec::with_capacity(n);
    if named == 0 && !type_params {
        // All unnamed: lone names are type names.
        for p in items {
            let ty = match (p.ty, p.name) {
                (Some(t), _) => t,
                (None, Some(name)) => {
                    let pos = name.pos as usize;
                    exu(ids, pos, ExprKind::Ident(name))
                }
                (None, None) => continue,
            };
            out.push(Field {
                pos: p.pos,
                names: vec![],
                ty,
                variadic: p.dots,
                tag: None,
            });
        }
        return Ok(out);
    }
    if named != n {
        // Names take the type of the next typed item to their right: trailing names
        // have none, and typed items need a name.
        let trailing_untyped = items.last().is_some_and(|p| p.ty.is_none());
        let unnamed_typed = items.iter().find(|p| p.name.is_none()).map(|p| p.pos);
        if !trailing_untyped && unnamed_typed.is_none() {
            // Fine: `a, b int`.
        } else if type_params {
            if trailing_untyped && named == typed {
                return Err(perr(close, "missing type constraint"));
            }
            let mut msg = "missing type parameter name".to_string();
            if n == 1 {
                msg += " or invalid array length";
            }
            return Err(perr(unnamed_typed.unwrap_or(close), msg));
        } else if trailing_untyped {
            return Err(perr(close, "missing parameter type"));
        } else if let Some(pos) = unnamed_typed {
            return Err(perr(pos, "missing parameter name"));
        }
    }
    // All named now: build groups of consecutive names sharing a type.
    let mut pending: Vec<Ident> = vec![];
    let mut pending_pos: Option<Pos> = None;
    for p in items {
        let Some(name) = p.name else { continue };
        if pending_pos.is_none() {
            pending_pos = Some(p.pos);
        }
        pending.push(name);
        if let Some(ty) = p.ty {
            out.push(Field {
                pos: pending_pos.take().unwrap_or(p.pos),
                names: std::mem::take(&mut pending),
                ty,
                variadic: p.dots,
                tag: None,
            });
        }
    }
    Ok(out)
}

pub fn func_type(
    ids: &NodeIdGen,
    pos: usize,
    tparams: Option<RawTParams>,
    sig: RawSig,
) -> Result<FuncType, PErr> {
    let type_params = match tparams {
        Some(tp) => {
            if tp.items.is_empty() {
                return Err(perr(tp.rbrack, "empty type parameter list"));
            }
            group_params(ids, tp.items, tp.rbrack, true)?
        }
        None => vec![],
    };
    let params = group_params(ids, sig.params.items, sig.params.rparen, false)?;
    let results = match sig.results {
        None => vec![],
        Some(RawResults::List(r)) => {
            if let Some(d) = r.items.iter().find(|p| p.dots) {
                return Err(perr_plain(
                    d.dots_pos,
                    "can only use ... with final parameter",
                ));
            }
            group_params(ids, r.items, r.rparen, false)?
        }
        Some(RawResults::Type(t)) => vec![Field {
            pos: t.pos,
            names: vec![],
            ty: t,
            variadic: false,
            tag: None,
        }],
    };
    Ok(FuncType {
        pos: pos as Pos,
        type_params,
        params,
        results,
    })
}

pub struct RawFuncDecl {
    pub pos: Pos,
    pub recv: Option<RawParams>,
    pub name: Ident,
    pub tparams: Option<RawTParams>,
    pub sig: RawSig,
    pub body: Option<Block>,
}

impl RawFuncDecl {
    pub fn finish(self, ids: &NodeIdGen) -> Result<FuncDecl, PErr> {
        let recv = match self.recv {
            None => None,
            Some(r) => {
                let lparen = r.pos;
                let mut v = group_params(ids, r.items, r.rparen, false)?;
                let count: usize = v.iter().map(|f| f.names.len().max(1)).sum();
                if count == 0 {
                    return Err(perr_plain(lparen, "method has no receiver"));
                }
                if count > 1 {
                    return Err(perr_plain(lparen, "method has multiple receivers"));
                }
                v.pop()
            }
        };
        let ty = func_type(ids, self.pos as usize, self.tparams, self.sig)?;
        Ok(FuncDecl {
            pos: self.pos,
            recv,
            name: self.name,
            ty,
            body: self.body,
        })
    }
}

// ---------------------------------------------------------------------------------------
// Type declarations

pub enum TDHead {
    /// An expression: an array length or a type-parameter head like `P *C`.
    Expr(Expr),
    /// A name and a constraint that cannot be an expression (`P any`, `P []E`).
    Named(Ident, Expr),
}

pub struct TDBody {
    pub head: TDHead,
    pub more: Option<Vec<PItem>>,
    /// A trailing comma directly after the head.
    pub comma: bool,
}

pub struct RawTypeSpec {
    pub pos: Pos,
    pub name: Ident,
    pub lbrack: Pos,
    pub rbrack: Pos,
    pub body: Option<TDBody>,
    pub alias: bool,
    pub alias_pos: Pos,
    pub ty: Expr,
}

impl RawTypeSpec {
    #[allow(clippy::boxed_local)]
    pub fn plain(l: usize, name: Ident, alias: bool, ty: Box<Expr>) -> RawTypeSpec {
        RawTypeSpec {
            pos: l as Pos,
            name,
            lbrack: 0,
            rbrack: 0,
            body: None,
            alias,
            alias_pos: 0,
            ty: *ty,
        }
    }

    /// gc's decision between `type A [N]T` and `type A[P C] T`.
    pub fn finish(mut self, ids: &NodeIdGen) -> Result<TypeSpec, PErr> {
        let Some(body) = self.body.take() else {
            return Ok(TypeSpec {
                pos: self.pos,
                name: self.name,
                type_params: vec![],
                alias: self.alias,
                ty: self.ty,
            });
        };
        let force = body.comma || body.more.is_some();
        let first = match body.head {
            TDHead::Named(n, c) => Some(PItem::name_only(n, Some(c))),
            TDHead::Expr(x) => match extract_name(ids, x, force) {
                Ok((name, ty)) if ty.is_some() || force => Some(PItem::name_only(name, ty)),
                Ok((name, _)) => {
                    // A lone name before `]`: an array length.
                    let pos = name.pos as usize;
                    let len = exu(ids, pos, ExprKind::Ident(name));
                    return self.array(ids, len);
                }
                Err(x) => return self.array(ids, x),
            },
        };
        let mut items: Vec<PItem> = first.into_iter().collect();
        items.extend(body.more.unwrap_or_default());
        let type_params = group_params(ids, items, self.rbrack, true)?;
        Ok(TypeSpec {
            pos: self.pos,
            name: self.name,
            type_params,
            alias: self.alias,
            ty: self.ty,
        })
    }

    fn array(self, ids: &NodeIdGen, len: Expr) -> Result<TypeSpec, PErr> {
        if self.alias {
            return Err(perr(self.alias_pos, "unexpected =, expected type"));
        }
        Ok(TypeSpec {
            pos: self.pos,
            name: self.name,
            type_params: vec![],
            alias: false,
            ty: exu(
                ids,
                self.lbrack as usize,
                ExprKind::ArrayType {
                    len: Some(Box::new(len)),
                    elem: Box::new(self.ty),
                },
            ),
        })
    }
}

/// Splits `x` into a type-parameter name and constraint where `x` can be read as
/// `name constraint` (`P *C`, `P (C)`, `P *C | D`); the split happens only if the
/// constraint is clearly a type element or `force` is set. Gives back `x` otherwise.
fn extract_name(ids: &NodeIdGen, x: Expr, force: bool) -> Result<(Ident, Option<Expr>), Expr> {
    match x.kind {
        ExprKind::Ident(i) => Ok((i, None)),
        ExprKind::Binary {
            op: BinaryOp::Mul,
            op_pos,
            x: l,
            y,
        } if matches!(l.kind, ExprKind::Ident(_)) && (force || is_type_elem(&y)) => {
            let ExprKind::Ident(name) = l.kind else {
                unreachable!()
            };
            let p = op_pos as usize;
            Ok((name, Some(exu(ids, p, ExprKind::Star(y)))))
        }
        ExprKind::Call {
            fun,
            mut args,
            ellipsis: None,
            rparen,
        } if args.len() == 1
            && matches!(fun.kind, ExprKind::Ident(_))
            && (force || is_type_elem(&args[0])) =>
        {
            let ExprKind::Ident(name) = fun.kind else {
                unreachable!()
            };
            let a = args
                .pop()
                .unwrap_or_else(|| exu(ids, rparen as usize, ExprKind::Ellipsis));
            let p = name.pos as usize + name.name.len();
            Ok((name, Some(exu(ids, p, ExprKind::Paren(Box::new(a))))))
        }
        ExprKind::Binary {
            op: BinaryOp::Or,
            op_pos,
            x: l,
            y,
        } => {
            let f = force || is_type_elem(&y) || is_type_elem(&l);
            match extract_name(ids, *l, f) {
                Ok((name, Some(lhs))) => Ok((
                    name,
                    Some(*bin(ids, Box::new(lhs), BinaryOp::Or, op_pos as usize, y)),
                )),
                Ok((name, None)) => {
                    let p = name.pos as usize;
                    let l = exu(ids, p, ExprKind::Ident(name));
                    Err(Expr {
                        id: x.id,
                        pos: x.pos,
                        kind: ExprKind::Binary {
                            op: BinaryOp::Or,
                            op_pos,
                            x: Box::new(l),
                            y,
                        },
                    })
                }
                Err(l) => Err(Expr {
                    id: x.id,
                    pos: x.pos,
                    kind: ExprKind::Binary {
                        op: BinaryOp::Or,
                        op_pos,
                        x: Box::new(l),
                        y,
                    },
                }),
            }
        }
        kind => Err(Expr {
            id: x.id,
            pos: x.pos,
            kind,
        }),
    }
}

fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Unary { op, x } => *op == UnaryOp::Tilde || is_type_elem(x),
        ExprKind::Star(x) => is_type_elem(x),
        ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------
// Statements

pub fn stmt_list(v: Vec<Option<Box<Stmt>>>, last: Option<Box<Stmt>>) -> Vec<Stmt> {
    v.into_iter().flatten().chain(last).map(|b| *b).collect()
}

pub fn labeled(l: usize, label: Ident, s: Option<Box<Stmt>>) -> Box<Stmt> {
    let stmt = s.unwrap_or_else(|| {
        Box::new(Stmt {
            pos: label.pos,
            kind: StmtKind::Empty,
        })
    });
    Box::new(Stmt {
        pos: l as Pos,
        kind: StmtKind::Labeled { label, stmt },
    })
}

pub fn branch(l: usize, kind: BranchKind, label: Option<Ident>) -> Stmt {
    Stmt {
        pos: l as Pos,
        kind: StmtKind::Branch { kind, label },
    }
}

pub fn assign(
    lhs: Vec<Expr>,
    op: AssignOp,
    op_pos: usize,
    rhs: Vec<Expr>,
    check_names: bool,
) -> Result<Stmt, PErr> {
    let pos = lhs[0].pos;
    if let AssignOp::Op(o) = op {
        if lhs.len() > 1 || rhs.len() > 1 {
            return Err(perr(
                op_pos as Pos,
                format!("unexpected {}=, expected := or = or comma", o.as_str()),
            ));
        }
    }
    if op == AssignOp::Define && check_names {
        for e in &lhs {
            if !matches!(e.kind, ExprKind::Ident(_)) {
                return Err(perr_plain(
                    e.pos,
                    format!("non-name {} on left side of :=", expr_string(e)),
                ));
            }
        }
    }
    Ok(Stmt {
        pos,
        kind: StmtKind::Assign {
            lhs,
            op,
            op_pos: op_pos as Pos,
            rhs,
        },
    })
}

/// Checks the expression statement of `go`/`defer`.
pub fn call_stmt(l: usize, go: bool, e: Expr) -> Result<Stmt, PErr> {
    let kw = if go { "go" } else { "defer" };
    let mut inner = &e;
    let mut parens = false;
    while let ExprKind::Paren(x) = &inner.kind {
        inner = x;
        parens = true;
    }
    if !matches!(inner.kind, ExprKind::Call { .. }) {
        return Err(perr_plain(
            e.pos,
            format!("expression in {kw} must be function call"),
        ));
    }
    if parens {
        return Err(perr_plain(
            e.pos,
            format!("expression in {kw} must not be parenthesized"),
        ));
    }
    let kind = if go {
        StmtKind::Go(e)
    } else {
        StmtKind::Defer(e)
    };
    Ok(Stmt {
        pos: l as Pos,
        kind,
    })
}

pub struct RawHeader {
    pub init: Option<Box<Stmt>>,
    /// Position of the `;` after the init statement, and whether it was a newline.
    pub semi: Option<(Pos, bool)>,
    pub cond: Option<Box<Stmt>>,
}

fn stmt_as_cond(s: Stmt) -> Result<Expr, PErr> {
    match s.kind {
        StmtKind::Expr(e) => Ok(e),
        _ => Err(perr(stmt_pos(&s), cannot_use_msg(&s))),
    }
}

fn cannot_use_msg(s: &Stmt) -> String {
    let what = match s.kind {
        StmtKind::Assign {
            op: AssignOp::Assign,
            ..
        } => "assignment ",
        _ => "",
    };
    format!("cannot use {what}{} as value", stmt_string(s))
}

/// The position gc gives a simple statement: its operator for assignments.
fn stmt_pos(s: &Stmt) -> Pos {
    match &s.kind {
        StmtKind::Assign { op_pos, .. } => *op_pos,
        _ => s.pos,
    }
}

/// Position gc gives an expression in messages: binary expressions at the operator.
fn expr_pos(e: &Expr) -> Pos {
    match &e.kind {
        ExprKind::Binary { op_pos, .. } => *op_pos,
        _ => e.pos,
    }
}

/// A select case must be a send, a receive, or an assignment of a receive.
pub fn check_comm(s: Box<Stmt>) -> Result<Box<Stmt>, PErr> {
    let is_recv = |e: &Expr| {
        matches!(
            e.kind,
            ExprKind::Unary {
                op: UnaryOp::Recv,
                ..
            }
        )
    };
    let ok = match &s.kind {
        StmtKind::Send { .. } => true,
        StmtKind::Expr(e) => is_recv(e),
        StmtKind::Assign {
            op: AssignOp::Assign | AssignOp::Define,
            rhs,
            lhs,
            ..
        } => rhs.len() == 1 && lhs.len() <= 2 && is_recv(&rhs[0]),
        _ => false,
    };
    if ok {
        return Ok(s);
    }
    let pos = match &s.kind {
        StmtKind::Expr(e) => expr_pos(e),
        _ => stmt_pos(&s),
    };
    Err(perr_plain(
        pos,
        "select case must be send or receive (possibly with assignment)",
    ))
}

pub struct RawIf {
    pub pos: Pos,
    pub header: Box<RawHeader>,
    pub then: Block,
    pub els: Option<Box<Stmt>>,
}

impl RawIf {
    pub fn finish(self) -> Result<Stmt, PErr> {
        let h = self.header;
        let Some(c) = h.cond else {
            return Err(match h.semi {
                Some((p, true)) => perr(p, "unexpected newline, expected { after if clause"),
                Some((p, false)) => perr(p, "missing condition in if statement"),
                None => perr(self.then.lbrace, "missing condition in if statement"),
            });
        };
        let cond = stmt_as_cond(*c)?;
        Ok(Stmt {
            pos: self.pos,
            kind: StmtKind::If {
                init: h.init,
                cond,
                then: self.then,
                els: self.els,
            },
        })
    }
}

pub fn switch_stmt(
    l: usize,
    h: RawHeader,
    body: Vec<CaseClause>,
    lb: usize,
    rb: usize,
) -> Result<Stmt, PErr> {
    let (lbrace, rbrace) = (lb as Pos, rb as Pos);
    let init = h.init;
    let kind = match h.cond {
        None => StmtKind::Switch {
            init,
            tag: None,
            body,
            lbrace,
            rbrace,
        },
        Some(s) => match s.kind {
            StmtKind::Expr(Expr {
                kind: ExprKind::TypeAssert { x, ty: None },
                ..
            }) => StmtKind::TypeSwitch {
                init,
                bind: None,
                x: *x,
                body,
                lbrace,
                rbrace,
            },
            StmtKind::Assign {
                mut lhs,
                op: AssignOp::Define,
                mut rhs,
                ..
            } if lhs.len() == 1
                && rhs.len() == 1
                && matches!(lhs[0].kind, ExprKind::Ident(_))
                && matches!(rhs[0].kind, ExprKind::TypeAssert { ty: None, .. }) =>
            {
                let Some(Expr {
                    kind: ExprKind::Ident(bind),
                    ..
                }) = lhs.pop()
                else {
                    return Err(perr(s.pos, "invalid variable name in type switch"));
                };
                let Some(Expr {
                    kind: ExprKind::TypeAssert { x, .. },
                    ..
                }) = rhs.pop()
                else {
                    return Err(perr(s.pos, "invalid type switch"));
                };
                StmtKind::TypeSwitch {
                    init,
                    bind: Some(bind),
                    x: *x,
                    body,
                    lbrace,
                    rbrace,
                }
            }
            _ => {
                let tag = match s.kind {
                    StmtKind::Expr(e) => e,
                    _ => return Err(perr(stmt_pos(&s), cannot_use_msg(&s))),
                };
                StmtKind::Switch {
                    init,
                    tag: Some(tag),
                    body,
                    lbrace,
                    rbrace,
                }
            }
        },
    };
    Ok(Stmt {
        pos: l as Pos,
        kind,
    })
}

pub struct RawCaseHead {
    pub pos: Pos,
    pub list: Vec<Expr>,
    pub is_default: bool,
    pub colon: Pos,
}

impl RawCaseHead {
    pub fn finish(self, body: Vec<Stmt>) -> CaseClause {
        CaseClause {
            pos: self.pos,
            list: self.list,
            is_default: self.is_default,
            colon: self.colon,
            body,
        }
    }
}

pub struct RawCommHead {
    pub pos: Pos,
    pub comm: Option<Box<Stmt>>,
    pub colon: Pos,
}

impl RawCommHead {
    pub fn finish(self, body: Vec<Stmt>) -> CommClause {
        CommClause {
            pos: self.pos,
            comm: self.comm,
            colon: self.colon,
            body,
        }
    }
}

pub fn for_stmt(
    l: usize,
    init: Option<Box<Stmt>>,
    cond: Option<Expr>,
    post: Option<Box<Stmt>>,
    body: Block,
) -> Result<Stmt, PErr> {
    if let Some(p) = &post {
        if let StmtKind::Assign {
            op: AssignOp::Define,
            ..
        } = p.kind
        {
            return Err(perr(
                stmt_pos(p),
                "cannot declare in post statement of for loop",
            ));
        }
    }
    Ok(Stmt {
        pos: l as Pos,
        kind: StmtKind::For {
            init,
            cond,
            post,
            body,
        },
    })
}

pub fn range_stmt(
    l: usize,
    keys: Option<Vec<Expr>>,
    define: bool,
    op: usize,
    x: Expr,
    body: Block,
) -> Result<Stmt, PErr> {
    let mut keys = keys.unwrap_or_default();
    if keys.len() > 2 {
        return Err(perr_plain(
            keys[2].pos,
            "range clause permits at most two iteration variables",
        ));
    }
    if define {
        for k in &keys {
            if !matches!(k.kind, ExprKind::Ident(_)) {
                return Err(perr_plain(
                    k.pos,
                    format!("non-name {} on left side of :=", expr_string(k)),
                ));
            }
        }
    }
    let _ = op;
    let value = if keys.len() == 2 { keys.pop() } else { None };
    let key = keys.pop();
    Ok(Stmt {
        pos: l as Pos,
        kind: StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        },
    })
}

// ---------------------------------------------------------------------------------------
// Expression checks done after parsing (gc does them in its parser)

/// Walks a parsed file: assigns ids to binary nodes, and reports `x.(type)` outside a type
/// switch header and other gc in-parser checks that need the whole tree.
pub fn check_file(f: &mut File, ids: &NodeIdGen) -> Result<(), SyntaxError> {
    let mut w = Walker { ids, err: None };
    for d in &mut f.decls {
        w.decl(d);
    }
    match w.err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

struct Walker<'a> {
    ids: &'a NodeIdGen,
    err: Option<SyntaxError>,
}

impl Walker<'_> {
    fn error(&mut self, pos: Pos, msg: String) {
        match &self.err {
            Some(e) if e.pos <= pos => {}
            _ => self.err = Some(SyntaxError { pos, msg }),
        }
    }

    fn decl(&mut self, d: &mut Decl) {
        match d {
            Decl::Const(v) | Decl::Var(v) => {
                for s in v {
                    if let Some(t) = &mut s.ty {
                        self.expr(t);
                    }
                    for e in &mut s.values {
                        self.expr(e);
                    }
                }
            }
            Decl::Type(v) => {
                for s in v {
                    self.fields(&mut s.type_params);
                    self.expr(&mut s.ty);
                }
            }
            Decl::Func(f) => {
                if let Some(r) = &mut f.recv {
                    self.expr(&mut r.ty);
                }
                self.func_type(&mut f.ty);
                if let Some(b) = &mut f.body {
                    self.block(b);
                }
            }
        }
    }

    fn fields(&mut self, v: &mut [Field]) {
        for f in v {
            self.expr(&mut f.ty);
        }
    }

    fn func_type(&mut self, t: &mut FuncType) {
        self.fields(&mut t.type_params);
        self.fields(&mut t.params);
        self.fields(&mut t.results);
    }

    fn block(&mut self, b: &mut Block) {
        for s in &mut b.stmts {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &mut Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in lhs.iter_mut().chain(rhs.iter_mut()) {
                    self.expr(e);
                }
            }
            StmtKind::Return(v) => {
                for e in v {
                    self.expr(e);
                }
            }
            StmtKind::Branch { .. } => {}
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(then);
                self.opt_stmt(els);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                self.clauses(body);
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                self.opt_stmt(init);
                self.expr(x);
                self.clauses(body);
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.opt_stmt(&mut c.comm);
                    for s in &mut c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                if let Some(k) = key {
                    self.expr(k);
                }
                if let Some(v) = value {
                    self.expr(v);
                }
                self.expr(x);
                self.block(body);
            }
        }
    }

    fn clauses(&mut self, body: &mut [CaseClause]) {
        for c in body {
            for e in &mut c.list {
                self.expr(e);
            }
            for s in &mut c.body {
                self.stmt(s);
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        fix_ids(e, self.ids);
        let epos = e.pos;
        match &mut e.kind {
            ExprKind::Ellipsis | ExprKind::Ident(_) | ExprKind::BasicLit { .. } => {}
            ExprKind::CompositeLit { ty, elts, .. } => {
                match ty.as_deref_mut() {
                    // `[...]T` is fine as the type of a composite literal.
                    Some(Expr {
                        kind: ExprKind::ArrayType { len: Some(l), elem },
                        ..
                    }) if matches!(l.kind, ExprKind::Ellipsis) => {
                        fix_ids(l, self.ids);
                        self.expr(elem);
                    }
                    Some(t) => self.expr(t),
                    None => {}
                }
                for x in elts {
                    self.expr(x);
                }
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::FuncLit { ty, body } => {
                self.func_type(ty);
                self.block(body);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Unary { x, .. } => self.expr(x),
            ExprKind::Selector { x, .. } => self.expr(x),
            ExprKind::Index { x, indices, .. } => {
                self.expr(x);
                for i in indices {
                    self.expr(i);
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            ExprKind::TypeAssert { x, ty } => {
                self.expr(x);
                match ty {
                    Some(t) => self.expr(t),
                    None => {
                        let p = e.pos;
                        self.error(
                            p,
                            "invalid syntax tree: use of .(type) outside type switch".into(),
                        )
                    }
                }
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::ArrayType { len, elem } => {
                if let Some(l) = len {
                    if matches!(l.kind, ExprKind::Ellipsis) {
                        // gc reports it at the `[`.
                        let p = epos;
                        self.error(
                            p,
                            "invalid use of [...] array (outside a composite literal)".into(),
                        );
                    }
                    self.expr(l);
                }
                self.expr(elem);
            }
            ExprKind::StructType(s) => self.fields(&mut s.fields),
            ExprKind::FuncType(f) => self.func_type(f),
            ExprKind::InterfaceType(i) => {
                for el in &mut i.elems {
                    match el {
                        InterfaceElem::Method { ty, .. } => self.func_type(ty),
                        InterfaceElem::Union(v) => {
                            for x in v {
                                self.expr(x);
                            }
                        }
                    }
                }
            }
            ExprKind::MapType { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::ChanType { elem, .. } => self.expr(elem),
        }
    }
}

/// Go source text of a (short) expression, for messages.
pub fn expr_string(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(i) => i.name.clone(),
        ExprKind::BasicLit { raw, .. } => raw.clone(),
        ExprKind::Selector { x, sel } => format!("{}.{}", expr_string(x), sel.name),
        ExprKind::Index { x, indices, .. } => format!(
            "{}[{}]",
            expr_string(x),
            indices
                .iter()
                .map(expr_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::Star(x) => format!("*{}", expr_string(x)),
        ExprKind::Paren(x) => format!("({})", expr_string(x)),
        ExprKind::Unary { op, x } => format!("{}{}", op.as_str(), expr_string(x)),
        ExprKind::Binary { op, x, y, .. } => {
            format!("{} {} {}", expr_string(x), op.as_str(), expr_string(y))
        }
        ExprKind::Call { fun, args, .. } => format!(
            "{}({})",
            expr_string(fun),
            args.iter().map(expr_string).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::CompositeLit { ty: Some(t), .. } => format!("{}{{…}}", expr_string(t)),
        ExprKind::FuncLit { .. } => "func literal".into(),
        ExprKind::TypeAssert { x, ty } => match ty {
            Some(t) => format!("{}.({})", expr_string(x), expr_string(t)),
            None => format!("{}.(type)", expr_string(x)),
        },
        _ => "expression".into(),
    }
}

fn stmt_string(s: &Stmt) -> String {
    let list = |v: &[Expr]| v.iter().map(expr_string).collect::<Vec<_>>().join(", ");
    match &s.kind {
        StmtKind::Assign { lhs, op, rhs, .. } => {
            let o = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            format!("{} {} {}", list(lhs), o, list(rhs))
        }
        StmtKind::IncDec { x, inc } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        StmtKind::Send { chan, value } => {
            format!("{} <- {}", expr_string(chan), expr_string(value))
        }
        StmtKind::Expr(e) => expr_string(e),
        _ => "statement".into(),
    }
}

// ---------------------------------------------------------------------------------------
// Turning lalrpop errors into gc's messages

/// gc's word for a token in "unexpected X".
fn tok_desc(src: &str, lo: usize, tok: Tok, hi: usize) -> String {
    let text = &src[lo..hi];
    match tok {
        Tok::Semi if lo == hi => {
            if lo >= src.len() {
                "EOF".into()
            } else {
                "newline".into()
            }
        }
        Tok::Semi => "semicolon".into(),
        Tok::Comma => "comma".into(),
        Tok::Ident => format!("name {text}"),
        t if t.is_literal() => format!("literal {text}"),
        t if t.is_keyword() => format!("keyword {text}"),
        _ => text.to_string(),
    }
}

pub fn convert_error(src: &str, lx: &Lexer, e: PErr) -> SyntaxError {
    let plain = |pos: usize, msg: String| SyntaxError {
        pos: pos as Pos,
        msg,
    };
    let syntax = |pos: usize, msg: String| SyntaxError {
        pos: pos as Pos,
        msg: format!("syntax error: {msg}"),
    };
    match e {
        ParseError::User { error } => plain(error.pos, error.msg),
        ParseError::InvalidToken { location } => syntax(location, "invalid token".into()),
        ParseError::ExtraToken { token: (lo, t, hi) } => {
            syntax(lo, format!("unexpected {}", tok_desc(src, lo, t, hi)))
        }
        ParseError::UnrecognizedEof { expected, .. } => {
            let at = src.len();
            unexpected(src, lx, (at, Tok::Semi, at), &expected, true)
        }
        ParseError::UnrecognizedToken { token, expected } => {
            unexpected(src, lx, token, &expected, false)
        }
    }
}

/// gc's message for an unexpected token, from the token, the terminals the parser would
/// have accepted, and the lexer's context (previous token, open braces, headers).
fn unexpected(
    src: &str,
    lx: &Lexer,
    (lo, tok, hi): (usize, Tok, usize),
    expected: &[String],
    real_eof: bool,
) -> SyntaxError {
    let has = |s: &str| expected.iter().any(|e| e.trim_matches('"') == s);
    let only = |set: &[&str]| {
        !expected.is_empty() && expected.iter().all(|e| set.contains(&e.trim_matches('"')))
    };
    if std::env::var_os("RGO_DEBUG_EXPECTED").is_some() {
        eprintln!("expected: {expected:?}");
    }
    let desc = tok_desc(src, lo, tok, hi);
    let err = |pos: usize, msg: String| SyntaxError {
        pos: pos as Pos,
        msg: format!("syntax error: {msg}"),
    };
    // The token before the offending one (lx.last is the offending one itself, unless the
    // error is at the end of input).
    let at_eof = lo >= src.len() && lo == hi;
    let before = if real_eof { lx.last } else { lx.prev };
    let before_tok = before.map(|(_, t, _)| t);
    let before2_tok = if real_eof { lx.prev } else { lx.prev2 }.map(|(_, t, _)| t);
    let expr_start = has("int") && has("(") && has("func");
    let stmt_start = has("for") && has("if") && has("go");
    let top_decl_start = has("func") && has("var") && has("const") && !has("ident");

    if has("package") && expected.len() == 1 {
        return err(lo, "package statement must be first".into());
    }
    if top_decl_start && !stmt_start {
        if tok == Tok::Import {
            return err(lo, "imports must appear before other declarations".into());
        }
        if tok == Tok::LBrace {
            // The body of a function declaration on the next line.
            return err(lo, "unexpected semicolon or newline before {".into());
        }
        return err(lo, "non-declaration statement outside function body".into());
    }
    if before_tok == Some(Tok::Else) && only(&["if", "{"]) {
        return err(lo, "else must be followed by if or statement block".into());
    }
    if before_tok == Some(Tok::If) && tok == Tok::LBrace {
        return err(lo, "missing condition in if statement".into());
    }
    if before_tok == Some(Tok::LBrack) && tok == Tok::RBrack && only(&["ident"]) {
        return err(lo, "empty type parameter list".into());
    }
    if before_tok == Some(Tok::LBrack) && tok == Tok::RBrack {
        return err(lo, format!("unexpected {desc}, expected operand"));
    }
    if before_tok == Some(Tok::For) && tok == Tok::Var {
        let after = hi + src[hi..].len() - src[hi..].trim_start_matches([' ', '\t']).len();
        return err(
            after,
            "var declaration not allowed in for initializer".into(),
        );
    }
    if before_tok == Some(Tok::Ellipsis) && matches!(tok, Tok::RParen | Tok::Comma) {
        return err(lo, "... is missing type".into());
    }
    if before2_tok == Some(Tok::Package) && only(&[";"]) {
        return err(
            lo,
            format!("unexpected {desc}, expected semicolon or newline"),
        );
    }
    if at_eof && before_tok == Some(Tok::Colon) && stmt_start && !has("case") {
        let colon = before.map_or(lo, |b| b.0);
        return err(colon, "missing statement after label".into());
    }
    if before_tok == Some(Tok::Period) && only(&["ident", "("])
        || before_tok == Some(Tok::Func) && has("ident") && has("(") && !has("int")
    {
        return err(lo, format!("unexpected {desc}, expected name or ("));
    }
    if tok == Tok::Ident && only(&["ident", "("]) {
        return err(lo, format!("unexpected {desc}, expected ("));
    }
    if tok == Tok::Comma && only(&["]"]) {
        // An array length followed by a comma (gc's own wording).
        return err(lo, "unexpected comma; expected ]".into());
    }
    if at_eof && has(":=") && has("=") && has(",") && !has("int") {
        return err(lo, format!("unexpected {desc}, expected := or = or comma"));
    }
    if before_tok == Some(Tok::Chan) && has("chan") && has("ident") {
        return err(lo, "missing channel element type".into());
    }
    // The innermost open bracket, not counting the offending token itself.
    let opens = &lx.open;
    let offending_opener = !at_eof && matches!(tok, Tok::LBrace | Tok::LParen | Tok::LBrack);
    let inner = if offending_opener {
        opens.len().checked_sub(2).map(|i| opens[i])
    } else {
        opens.last().copied()
    };
    let inner_tok = inner.map(|o| o.tok);
    let inner_before = inner.and_then(|o| o.before);
    let in_group = inner_tok == Some(Tok::LParen)
        && matches!(
            inner_before,
            Some(Tok::Var | Tok::Const | Tok::Type | Tok::Import)
        );
    if matches!(before_tok, Some(Tok::Import)) && has("string") && tok != Tok::Str {
        return err(lo, "missing import path".into());
    }
    let header_kw = lx.header.filter(|&kw| {
        has("{") && !expr_start && before_tok != Some(kw) && !(kw == Tok::Switch && lx.header_semi)
    });
    if lx.header == Some(Tok::Switch) && lx.header_semi && has("{") && before_tok != Some(Tok::Semi)
    {
        return err(lo, "missing { after switch clause".into());
    }
    let suffix = if stmt_start && has("}") {
        ", expected }".to_string()
    } else if let Some(kw) = header_kw {
        if lx.header_semi || lx.header_range {
            let kw = if kw == Tok::If { "if" } else { "for" };
            format!(", expected {{ after {kw} clause")
        } else {
            ", expected {".to_string()
        }
    } else if has(";") && has("}") && inner_before == Some(Tok::Interface) {
        " in interface type; possibly missing semicolon or newline or }".to_string()
    } else if has(";") && has("}") && inner_before == Some(Tok::Struct) {
        " in struct type; possibly missing semicolon or newline or }".to_string()
    } else if in_group && has(";") && has(")") && !at_eof {
        " in grouped declaration; possibly missing semicolon or newline or )".to_string()
    } else if at_eof
        && inner.is_some_and(|o| has(closer(o.tok)))
        && (matches!(before_tok, Some(Tok::Comma | Tok::Semi)) || before_tok == inner_tok)
    {
        format!(", expected {}", closer(inner_tok.unwrap_or(Tok::LParen)))
    } else if only(&["case", "default", "}"]) {
        ", expected case or default or }".to_string()
    } else if (has(",") || at_eof && expected.len() > 1)
        && has(")")
        && inner_tok == Some(Tok::LParen)
        && !in_group
    {
        if inner.is_some_and(|o| o.params) {
            " in parameter list; possibly missing comma or )".to_string()
        } else {
            " in argument list; possibly missing comma or )".to_string()
        }
    } else if has("=") && has("[") && has("chan") && !has("int") && !has(",") {
        " in type declaration".to_string()
    } else {
        expected_suffix(expected, lx.brace_depth == 0)
    };
    err(lo, format!("unexpected {desc}{suffix}"))
}

fn closer(open: Tok) -> &'static str {
    match open {
        Tok::LParen => ")",
        Tok::LBrack => "]",
        _ => "}",
    }
}

/// The ending gc would give after "unexpected X", guessed from the terminals the parser
/// would have accepted.
fn expected_suffix(expected: &[String], top_level: bool) -> String {
    let has = |s: &str| expected.iter().any(|e| e.trim_matches('"') == s);
    let only = |set: &[&str]| {
        !expected.is_empty() && expected.iter().all(|e| set.contains(&e.trim_matches('"')))
    };
    let expr_start = has("int") && has("(") && has("func");
    if has("...") && has(",") && has(")") {
        if has("chan") && has("ident") {
            return " in parameter list; possibly missing comma or )".into();
        }
        return " in argument list; possibly missing comma or )".into();
    }
    if only(&[")"]) {
        return ", expected )".into();
    }
    if only(&["]"]) {
        return ", expected ]".into();
    }
    if has(",") && has("}") && !has(";") {
        return " in composite literal; possibly missing comma or }".into();
    }
    if has(",") && has(":") && has("]") {
        return ", expected comma, : or ]".into();
    }
    if only(&[",", ")"]) || has(",") && has(")") && has("ident") && !expr_start {
        return ", expected comma or )".into();
    }
    if only(&[",", "]"]) {
        return ", expected comma or ]".into();
    }
    if only(&["(", "["]) || only(&["("]) {
        return ", expected (".into();
    }
    if has(":") && has(",") && !has("]") && !has("}") && !has("=") {
        return ", expected :".into();
    }
    if expr_start {
        return ", expected expression".into();
    }
    if has("ident") && has("[") && has("chan") && has("*") {
        return ", expected type".into();
    }
    if has("ident") && !has("[") && !has("*") && !has(";") {
        return ", expected name".into();
    }
    if has(";") && has("}") {
        return " at end of statement".into();
    }
    if has(";") {
        if top_level {
            return " after top level declaration".into();
        }
        return " at end of statement".into();
    }
    for (tok, word) in [(")", ")"), ("]", "]"), ("}", "}"), (":", ":"), ("{", "{")] {
        if has(tok) && !has(",") {
            return format!(", expected {word}");
        }
    }
    String::new()
}

// ---------------------------------------------------------------------------------------
// Literal decoding

/// Decodes a Go string literal (interpreted or raw, quotes included) into its bytes.
/// Go strings are byte strings: `\xff` gives the byte 0xff, not a character.
pub fn unquote_string(raw: &str) -> Result<Vec<u8>, String> {
    let terminated = raw.len() >= 2
        && (raw.starts_with('`') && raw.ends_with('`')
            || raw.starts_with('"') && raw.ends_with('"'));
    if !terminated {
        return Err("invalid string literal".into());
    }
    if raw.starts_with('`') {
        // Raw strings drop carriage returns.
        return Ok(raw[1..raw.len() - 1]
            .bytes()
            .filter(|&b| b != b'\r')
            .collect());
    }
    let inner = &raw[1..raw.len() - 1];
    let mut out = Vec::with_capacity(inner.len());
    let b = inner.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let (v, n, is_byte) = decode_escape(&b[i..])?;
        if is_byte {
            out.push(v as u8);
        } else {
            let c = char::from_u32(v).ok_or("invalid code point")?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        i += n;
    }
    Ok(out)
}

/// Decodes one escape at the start of `b` (which begins with `\`): value, length, and
/// whether it denotes a byte (octal and `\x`) rather than a code point.
fn decode_escape(b: &[u8]) -> Result<(u32, usize, bool), String> {
    let c = *b.get(1).ok_or("escape sequence not terminated")?;
    let simple = |v: u8| Ok((v as u32, 2, false));
    match c {
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(11),
        b'\\' | b'\'' | b'"' => simple(c),
        b'0'..=b'7' | b'x' | b'u' | b'U' => {
            let (start, count, radix) = match c {
                b'x' => (2, 2, 16),
                b'u' => (2, 4, 16),
                b'U' => (2, 8, 16),
                _ => (1, 3, 8),
            };
            let digits = b
                .get(start..start + count)
                .ok_or("escape sequence not terminated")?;
            let s = std::str::from_utf8(digits).map_err(|_| "invalid escape")?;
            let v = u32::from_str_radix(s, radix).map_err(|_| "invalid escape")?;
            Ok((v, start + count, matches!(c, b'0'..=b'7' | b'x')))
        }
        _ => Err("unknown escape".into()),
    }
}

/// Decodes a rune literal (quotes included) into its value.
pub fn unquote_char(raw: &str) -> u32 {
    let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or("");
    if inner.starts_with('\\') {
        decode_escape(inner.as_bytes()).map_or(0, |(v, _, _)| v)
    } else {
        inner.chars().next().map_or(0, |c| c as u32)
    }
}

/// The digits of a number literal without `_` separators and with the base prefix
/// removed: (digits, base). Legacy octal `0777` gives base 8.
pub fn int_literal_digits(raw: &str) -> (String, u32) {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let b = s.as_bytes();
    if b.len() >= 2 && b[0] == b'0' {
        match b[1] | 0x20 {
            b'x' => return (s[2..].to_string(), 16),
            b'o' => return (s[2..].to_string(), 8),
            b'b' => return (s[2..].to_string(), 2),
            _ => return (s[1..].to_string(), 8),
        }
    }
    (s, 10)
}

/// The value of an integer literal.
pub fn int_literal_value(raw: &str) -> Option<BigInt> {
    let (digits, base) = int_literal_digits(raw);
    if digits.is_empty() {
        return if base == 8 {
            Some(BigInt::from(0))
        } else {
            None
        };
    }
    BigInt::parse_bytes(digits.as_bytes(), base)
}

/// A float or imaginary literal's text without `_` (and without the `i` suffix); the
/// caller converts it to an exact rational itself.
pub fn float_literal_text(raw: &str) -> String {
    raw.trim_end_matches('i')
        .chars()
        .filter(|&c| c != '_')
        .collect()
}
