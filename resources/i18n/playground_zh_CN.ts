<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ColorScale</name>
    <message>
        <source>Colour scale: the value the network predicts at each place.</source>
        <translation>色标：网络在每个位置预测的值。</translation>
    </message>
    <message>
        <source>Colour scale: each column is one class ({classes}): pale where the network is no surer than chance, full colour where it is sure.</source>
        <translation>色标：每一列是一个类别（{classes}）：网络的把握不比随机猜测高时颜色浅，有把握时颜色饱满。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <source>class {number}</source>
        <translation>类别 {number}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>A disc inside a ring</source>
        <translation>环中有一个圆盘</translation>
    </message>
    <message>
        <source>Four quadrants, alternating</source>
        <translation>四个象限，类别交替</translation>
    </message>
    <message>
        <source>Two Gaussian blobs</source>
        <translation>两团高斯分布的点</translation>
    </message>
    <message>
        <source>Two interleaved spirals</source>
        <translation>两条交错的螺旋</translation>
    </message>
    <message>
        <source>A spiral with k arms</source>
        <translation>有 k 条臂的螺旋</translation>
    </message>
    <message>
        <source>k Gaussian blobs on a ring</source>
        <translation>环上的 k 团高斯分布的点</translation>
    </message>
    <message>
        <source>Two interleaved half moons</source>
        <translation>两个交错的半月</translation>
    </message>
    <message>
        <source>A tilted plane, (x + y) / 10</source>
        <translation>倾斜的平面，(x + y) / 10</translation>
    </message>
    <message>
        <source>Six signed bumps</source>
        <translation>六个有正有负的凸起</translation>
    </message>
</context>
<context>
    <name>GradientPlot</name>
    <message>
        <source>Gradient norm per layer</source>
        <translation>每层的梯度范数</translation>
    </message>
    <message>
        <source>Vanishing: early layers fall far below later ones. Exploding: norms shoot up.</source>
        <translation>梯度消失：前面的层远低于后面的层。梯度爆炸：范数急剧上升。</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>第 {number} 层</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出层</translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <source>The timeline keeps run A's frames: click run A's tile to go back through them.</source>
        <translation>时间轴保存的是运行 A 的画面：点击运行 A 的卡片即可回看。</translation>
    </message>
</context>
<context>
    <name>InsideViews</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Train and test loss per epoch, and accuracy.</source>
        <translation>每轮的训练损失和测试损失，以及准确率。</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <source>Each layer's gradient size per epoch: see gradients vanish or explode.</source>
        <translation>每轮各层梯度的大小：观察梯度消失或梯度爆炸。</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <source>The loss around the current weights, and the path the run took there.</source>
        <translation>当前权重周围的损失，以及运行到达这里所走的路径。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>How each layer's weights are spread, live.</source>
        <translation>各层权重的实时分布。</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Confusion matrices or RMSE and R², and the point you Ctrl+clicked.</source>
        <translation>混淆矩阵或 RMSE 与 R²，以及你按 Ctrl+点击的数据点。</translation>
    </message>
    <message>
        <source>The network: click a link or bias to edit it, a neuron to show its map on the canvas.</source>
        <translation>网络：点击连接或偏置可编辑它，点击神经元可在画布上显示它的输出图。</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>the plane of the two directions the run moved most in (PCA of its path)</source>
        <translation>运行移动最多的两个方向所张成的平面（对其路径做 PCA）</translation>
    </message>
    <message>
        <source>a plane of two random directions, each neuron's scaled to its weights (filter-normalised, Li et al. 2018)</source>
        <translation>由两个随机方向张成的平面，每个神经元的分量按其权重缩放（滤波器归一化，Li et al. 2018）</translation>
    </message>
    <message>
        <source>PCA of the path</source>
        <translation>路径的 PCA</translation>
    </message>
    <message>
        <source>random, filter-normalised</source>
        <translation>随机，滤波器归一化</translation>
    </message>
    <message>
        <source>Plane:</source>
        <translation>平面：</translation>
    </message>
    <message>
        <source>Which plane through the current weights to draw.</source>
        <translation>选择穿过当前权重的哪个平面来绘制。</translation>
    </message>
    <message>
        <source>α (first direction)</source>
        <translation>α（第一方向）</translation>
    </message>
    <message>
        <source>β (second direction)</source>
        <translation>β（第二方向）</translation>
    </message>
    <message>
        <source>t (0 start, 1 now)</source>
        <translation>t（0 起点，1 当前）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>The loss on the straight line from the initial weights (t = 0) to the current ones (t = 1), Goodfellow et al. 2015.</source>
        <translation>从初始权重（t = 0）到当前权重（t = 1）的直线上的损失，Goodfellow et al. 2015。</translation>
    </message>
    <message>
        <source>Waiting for the training process…</source>
        <translation>正在等待训练进程…</translation>
    </message>
    <message>
        <source>The loss around the current weights, at the centre.</source>
        <translation>当前权重（位于中心）周围的损失。</translation>
    </message>
    <message>
        <source>the loss is not finite anywhere on this plane</source>
        <translation>此平面上处处损失都不是有限值</translation>
    </message>
    <message>
        <source>; random plane: the path has not yet moved two ways</source>
        <translation>；随机平面：路径尚未朝两个方向移动</translation>
    </message>
    <message>
        <source>; grid on {points} of the {total} training points</source>
        <translation>；网格基于 {total} 个训练数据点中的 {points} 个</translation>
    </message>
    <message>
        <source>Centre: now, loss {loss}. Lighter is lower; the path runs from the square{notes}.</source>
        <translation>中心为当前权重，损失 {loss}。颜色越浅损失越低；路径从方块出发{notes}。</translation>
    </message>
    <message>
        <source>The training loss on {plane}, through the current weights (the centre).</source>
        <translation>在{plane}上的训练损失，平面穿过当前权重（中心）。</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Playground</source>
        <translation>训练场</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>Activations, losses and gradient descent explained; training goes on meanwhile.</source>
        <translation>讲解激活函数、损失函数和梯度下降；训练同时继续。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis, so late small improvements stay visible</source>
        <translation>在对数坐标轴上显示损失，让后期的微小改进也能看清</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>▲ diverged</source>
        <translation>▲ 发散</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Point {point}, a training point of {label}</source>
        <translation>数据点 {point}，属于 {label} 的训练数据点</translation>
    </message>
    <message>
        <source>Point {point}, a test point of {label}</source>
        <translation>数据点 {point}，属于 {label} 的测试数据点</translation>
    </message>
    <message>
        <source>Predicted: {classes}</source>
        <translation>预测：{classes}</translation>
    </message>
    <message>
        <source>Point {point}, a training point with value {value}</source>
        <translation>数据点 {point}，值为 {value} 的训练数据点</translation>
    </message>
    <message>
        <source>Point {point}, a test point with value {value}</source>
        <translation>数据点 {point}，值为 {value} 的测试数据点</translation>
    </message>
    <message>
        <source>Predicted value: {value}</source>
        <translation>预测值：{value}</translation>
    </message>
    <message>
        <source>not finite</source>
        <translation>非有限值</translation>
    </message>
    <message>
        <source>Its loss ({loss}): {value}</source>
        <translation>它的损失（{loss}）：{value}</translation>
    </message>
    <message>
        <source>Click a data point to see its details.</source>
        <translation>点击一个数据点查看其详情。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表现</translation>
    </message>
    <message>
        <source>Clicked point</source>
        <translation>点击的数据点</translation>
    </message>
    <message>
        <source>Rows: true class. Columns: predicted class.</source>
        <translation>行：真实类别。列：预测类别。</translation>
    </message>
    <message>
        <source>How many points (train and test) each class has.</source>
        <translation>每个类别有多少个数据点（训练和测试）。</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Share of train points whose predicted class is their true class.</source>
        <translation>预测类别等于真实类别的训练数据点所占的比例。</translation>
    </message>
    <message>
        <source>Share of test points whose predicted class is their true class.</source>
        <translation>预测类别等于真实类别的测试数据点所占的比例。</translation>
    </message>
    <message>
        <source>Train points counted by true class (row) and predicted class (column); the shaded diagonal counts the correct ones.</source>
        <translation>按真实类别（行）和预测类别（列）统计的训练数据点；带底色的对角线是预测正确的个数。</translation>
    </message>
    <message>
        <source>Test points counted by true class (row) and predicted class (column); the shaded diagonal counts the correct ones.</source>
        <translation>按真实类别（行）和预测类别（列）统计的测试数据点；带底色的对角线是预测正确的个数。</translation>
    </message>
    <message>
        <source>Root mean squared error: the typical size of a prediction's miss.</source>
        <translation>均方根误差：预测偏差的典型大小。</translation>
    </message>
    <message>
        <source>Share of the targets' variance the network explains: 1 is perfect, 0 no better than the mean.</source>
        <translation>网络解释的目标值方差所占的比例：1 为完美，0 表示不比直接用均值好。</translation>
    </message>
    <message>
        <source>Details of the data point you last clicked on the canvas.</source>
        <translation>你上次在画布上点击的数据点的详情。</translation>
    </message>
    <message>
        <source>accuracy {share}</source>
        <translation>准确率 {share}</translation>
    </message>
    <message>
        <source>points per class: {classes}</source>
        <translation>每个类别的数据点：{classes}</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>S 型函数</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>双曲正切</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>线性整流</translation>
    </message>
    <message>
        <source>leaky_relu</source>
        <translation>带泄漏线性整流</translation>
    </message>
    <message>
        <source>elu</source>
        <translation>指数线性单元</translation>
    </message>
    <message>
        <source>softplus</source>
        <translation>平滑整流</translation>
    </message>
    <message>
        <source>gelu</source>
        <translation>高斯误差线性单元</translation>
    </message>
    <message>
        <source>silu</source>
        <translation>S 型线性单元</translation>
    </message>
    <message>
        <source>sine</source>
        <translation>正弦</translation>
    </message>
    <message>
        <source>cross_entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>mse</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>bce</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>合页损失</translation>
    </message>
    <message>
        <source>focal</source>
        <translation>焦点损失</translation>
    </message>
    <message>
        <source>mae</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>huber</source>
        <translation>Huber 损失</translation>
    </message>
    <message>
        <source>sgd</source>
        <translation>随机梯度下降</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>nesterov</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>adagrad</source>
        <translation>自适应梯度</translation>
    </message>
    <message>
        <source>rmsprop</source>
        <translation>均方根传播</translation>
    </message>
    <message>
        <source>adam</source>
        <translation>自适应矩估计</translation>
    </message>
    <message>
        <source>xavier</source>
        <translation>Xavier 均匀</translation>
    </message>
    <message>
        <source>he</source>
        <translation>He 正态</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>l1</source>
        <translation>L1 正则化</translation>
    </message>
    <message>
        <source>l2</source>
        <translation>L2 正则化</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>gauss</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>spiral_k</source>
        <translation>多臂螺旋</translation>
    </message>
    <message>
        <source>blobs</source>
        <translation>团簇</translation>
    </message>
    <message>
        <source>moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>plane</source>
        <translation>斜面</translation>
    </message>
    <message>
        <source>reg_gauss</source>
        <translation>高斯凸起</translation>
    </message>
    <message>
        <source>ravine</source>
        <translation>峡谷</translation>
    </message>
    <message>
        <source>rosenbrock</source>
        <translation>香蕉函数</translation>
    </message>
    <message>
        <source>beale</source>
        <translation>Beale 函数</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>鞍面</translation>
    </message>
    <message>
        <source>himmelblau</source>
        <translation>Himmelblau 函数</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>max speed</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation>1 轮/秒</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>{n} 轮/秒</translation>
    </message>
    <message>
        <source>Start or pause training (Space).</source>
        <translation>开始或暂停训练（空格键）。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train one epoch while paused (Right arrow; Shift+Right: one batch).</source>
        <translation>暂停时训练一轮（右方向键；Shift+右方向键：一批）。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start again from fresh weights (R).</source>
        <translation>用新的初始权重重新开始（R）。</translation>
    </message>
    <message>
        <source>Slow training down to explain it, or let it run at full speed.</source>
        <translation>放慢训练以便讲解，或全速运行。</translation>
    </message>
    <message>
        <source>The run the canvas, diagram, plots and these numbers show: click a run's tile to show another.</source>
        <translation>画布、网络图、曲线和这些数字所显示的运行：点击某个运行的卡片即可切换。</translation>
    </message>
    <message>
        <source>Epochs trained: one epoch is one pass over the training points.</source>
        <translation>已训练的轮数：一轮即把训练数据完整过一遍。</translation>
    </message>
    <message>
        <source>The latest train and test loss and accuracy, and training speed.</source>
        <translation>最新的训练与测试损失、准确率和训练速度。</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  开始</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  暂停</translation>
    </message>
    <message>
        <source>Run {name}</source>
        <translation>运行 {name}</translation>
    </message>
    <message>
        <source>Epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>diverged in epoch {n}</source>
        <translation>在第 {n} 轮发散</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>train RMSE</source>
        <translation>训练 RMSE</translation>
    </message>
    <message>
        <source>test RMSE</source>
        <translation>测试 RMSE</translation>
    </message>
    <message>
        <source>paused (was {n} epochs/s)</source>
        <translation>已暂停（此前 {n} 轮/秒）</translation>
    </message>
    <message>
        <source>Press Space to train.</source>
        <translation>按空格键开始训练。</translation>
    </message>
</context>
<context>
    <name>RunTile</name>
    <message>
        <source>features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <source>focal γ</source>
        <translation>focal γ</translation>
    </message>
    <message>
        <source>huber δ</source>
        <translation>huber δ</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>reg</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>reg rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>丢弃率</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>Close run {name}: stop its training and remove its curves.</source>
        <translation>关闭运行 {name}：停止它的训练并移除它的曲线。</translation>
    </message>
    <message>
        <source>Run {name}: shown in the canvas, diagram and plots, edited in the side panels.</source>
        <translation>运行 {name}：显示在画布、网络图和图表中，在侧面板中编辑。</translation>
    </message>
    <message>
        <source>Run {name}: click to show it in the canvas, diagram and plots and edit it in the side panels.</source>
        <translation>运行 {name}：点击后在画布、网络图和图表中显示它，并在侧面板中编辑。</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>  diverged</source>
        <translation>  已发散</translation>
    </message>
    <message>
        <source>Run {name}'s train loss</source>
        <translation>运行 {name} 的训练损失</translation>
    </message>
    <message>
        <source>Run {name}'s test loss</source>
        <translation>运行 {name} 的测试损失</translation>
    </message>
    <message>
        <source>Run {name}</source>
        <translation>运行 {name}</translation>
    </message>
    <message>
        <source>train {value}</source>
        <translation>训练 {value}</translation>
    </message>
    <message>
        <source>test {value}</source>
        <translation>测试 {value}</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>原始运行</translation>
    </message>
    <message>
        <source>Run A: the forks are copies of it.</source>
        <translation>运行 A：各分支运行都是它的副本。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Run {name}: {settings}</source>
        <translation>运行 {name}：{settings}</translation>
    </message>
    <message>
        <source>same settings as A</source>
        <translation>设置与 A 相同</translation>
    </message>
    <message>
        <source>Run {name}: {settings} (so far: change one in the side panels)</source>
        <translation>运行 {name}：{settings}（目前如此：可在侧面板中修改一项）</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Drag back through earlier boundaries of this run; training goes on meanwhile. The right end is live.</source>
        <translation>向回拖动可查看此运行更早的决策边界，训练同时继续。最右端为实时。</translation>
    </message>
    <message>
        <source>The epoch of the boundary shown in the canvas.</source>
        <translation>画布中所显示决策边界的轮次。</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Show the live boundary again (the slider's right end does too).</source>
        <translation>重新显示实时的决策边界（拖到滑块最右端也可以）。</translation>
    </message>
    <message>
        <source>Onion skin</source>
        <translation>洋葱皮</translation>
    </message>
    <message>
        <source>Draw three earlier decision boundaries faintly over the shown one, older ones fainter.</source>
        <translation>在当前决策边界上淡淡地叠加三个更早的决策边界，越早越淡。</translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>epoch {n} (history)</source>
        <translation>第 {n} 轮（历史）</translation>
    </message>
</context>
<context>
    <name>WeightHistograms</name>
    <message>
        <source>Weights per layer</source>
        <translation>每层的权重</translation>
    </message>
    <message>
        <source>How each layer's weights are spread (biases left out); all share the x range.</source>
        <translation>各层权重的分布（不含偏置）；所有图共用同一 x 范围。</translation>
    </message>
</context>
</TS>